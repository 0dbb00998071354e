import { OUTCOME_LABELS, REGION_LABELS, type Outcome, type Region } from '@gpa/shared';

/** "Asia and the Pacific", "The Americas": a region as a heading or a list item. */
export function regionLabel(region: Region): string {
  const label = REGION_LABELS[region];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABELS[outcome];
}

/** A short form for badges, where the full special-mention label is too long. */
export const OUTCOME_SHORT_LABELS: Record<Outcome, string> = {
  AWARD: 'Award',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 'Special mention',
  CERTIFICATE_OF_MERIT: 'Certificate of Merit',
  ATTESTATION: 'Attestation',
};

/** How the booklet introduces the jury's public text for an outcome. */
export function juryTextLabel(outcome: Outcome | null | undefined): string {
  return outcome === 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'
    ? 'Special mention from the Jury'
    : "Jury's comment";
}

/** "Priority area:" or "Priority areas:" as the booklet writes it. */
export function priorityAreasLabel(count: number): string {
  return count === 1 ? 'Priority area' : 'Priority areas';
}
