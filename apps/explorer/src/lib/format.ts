const integer = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return integer.format(n);
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
