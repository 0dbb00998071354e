/** How a snippet is cut: as the SQL path's ts_headline options (MaxWords=30, MaxFragments=2). */
const MAX_WORDS = 30;
const MAX_FRAGMENTS = 2;
/** Words kept before the first match of a fragment. */
const LEAD = 6;
export const FRAGMENT_DELIMITER = ' … ';

/** The words of a text: letters and digits, as the text-search parser splits them. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text, for finding their lexemes. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase());
}

/** The snippet's text: the summary (or the title) without bullet markers. */
export function snippetText(summary: string | null, title: string): string {
  return (summary ?? title).replace(/(^|\n)\s*- /g, '$1');
}

/**
 * A short snippet of `text` with the words whose lexeme the query has between <mark> tags:
 * up to two fragments of at most 30 words around the matches, joined by " … ", or the first
 * 30 words when nothing matches (only the full text did). Like ts_headline, the text is not
 * escaped: clients render it as text and only the <mark> tags as marks.
 */
export function highlight(text: string, isMatch: (word: string) => boolean): string {
  const words = Array.from(text.matchAll(WORD), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    match: isMatch(m[0].toLowerCase()),
  }));
  if (!words.length) return text.slice(0, 240);
  const fragments: [number, number][] = [];
  let covered = -1;
  for (let i = 0; i < words.length && fragments.length < MAX_FRAGMENTS; i += 1) {
    if (!words[i]!.match || i <= covered) continue;
    const from = Math.max(covered + 1, i - LEAD);
    const to = Math.min(words.length - 1, from + MAX_WORDS - 1);
    fragments.push([from, to]);
    covered = to;
  }
  if (!fragments.length) fragments.push([0, Math.min(words.length, MAX_WORDS) - 1]);
  return fragments
    .map(([from, to]) => {
      let out = '';
      let at = words[from]!.start;
      for (let i = from; i <= to; i += 1) {
        const w = words[i]!;
        if (!w.match) continue;
        out += `${text.slice(at, w.start)}<mark>${text.slice(w.start, w.end)}</mark>`;
        at = w.end;
      }
      return out + text.slice(at, words[to]!.end);
    })
    .join(FRAGMENT_DELIMITER);
}
