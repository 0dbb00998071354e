import { type Outcome } from '@gpa/shared';
import { outcomeLabel, outcomeShortLabel } from '../lib/labels';

const CLASS: Record<Outcome, string> = {
  AWARD: 'badge--award',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 'badge--mention',
  CERTIFICATE_OF_MERIT: 'badge--merit',
  ATTESTATION: 'badge--attestation',
};

/** The jury's outcome; `full` spells out the special mention as the booklet does. */
export function OutcomeBadge({
  outcome,
  full = false,
}: {
  outcome: Outcome | null | undefined;
  full?: boolean;
}) {
  if (!outcome) return null;
  const label = full ? outcomeLabel(outcome) : outcomeShortLabel(outcome);
  return (
    <span className={`badge ${CLASS[outcome]}`} title={full ? undefined : outcomeLabel(outcome)}>
      {label}
    </span>
  );
}
