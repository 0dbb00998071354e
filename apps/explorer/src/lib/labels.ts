import { type Outcome, type Region } from '@gpa/shared';
import { i18n } from '../i18n/i18n';

/** "Asia and the Pacific", "The Americas": a region as a heading or a list item. */
export function regionLabel(region: Region): string {
  return i18n.t(`region.${region}`);
}

export function outcomeLabel(outcome: Outcome): string {
  return i18n.t(`outcome.${outcome}`);
}

/** A short form for badges, where the full special-mention label is too long. */
export function outcomeShortLabel(outcome: Outcome): string {
  return i18n.t(`outcomeShort.${outcome}`);
}

/** How the booklet introduces the jury's public text for an outcome. */
export function juryTextLabel(outcome: Outcome | null | undefined): string {
  return outcome === 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'
    ? i18n.t('labels.specialMention')
    : i18n.t('labels.juryComment');
}

/** "Priority area:" or "Priority areas:" as the booklet writes it. */
export function priorityAreasLabel(count: number): string {
  return i18n.t('labels.priorityArea', { count });
}
