import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '@gpa/shared';
import { type JuryEntryProgress } from '../../../generated/graphql';

export const PROGRESS_LABELS: Record<JuryEntryProgress, string> = {
  NOT_STARTED: 'To do',
  DRAFT: 'Draft saved',
  SUBMITTED: 'Assessed',
  CONFLICTED: 'Conflict of interest',
};

export const outcomeLabel = (outcome: Outcome | null | undefined) =>
  outcome ? OUTCOME_LABELS[outcome] : '—';

export const OUTCOME_OPTIONS = OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));

const score = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatScore = (n: number | null | undefined) => (n == null ? '—' : score.format(n));
