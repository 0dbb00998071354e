import { currentLanguage } from '../i18n/i18n';

/** A whole number in the interface language's style ("1,234", "1 234", "1.234"). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(n);
}

/** A share as a percentage in the interface language's style. */
export function formatPercent(fraction: number, signed = false): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'percent',
    maximumFractionDigits: 1,
    ...(signed && { signDisplay: 'exceptZero' as const }),
  }).format(fraction);
}

/** A date in the interface language ("22 November 2026", "22 novembre 2026"). */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long' }).format(date);
}

/** "1 practice", "76 practices". */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** The first paragraph of a text, cut at a word boundary near `max` characters. */
export function excerpt(text: string | null | undefined, max = 280): string {
  if (!text) return '';
  const first = text
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ');
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
