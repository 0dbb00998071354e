/** How a snippet is cut: as the SQL path's ts_headline options (MaxWords=30, MaxFragments=2). */
const MAX_WORDS = 30;
const MAX_FRAGMENTS = 2;
/** Words kept before the first match of a fragment. */
const LEAD = 6;
export const FRAGMENT_DELIMITER = ' … ';

const NON_ASCII_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The length of the character at `i` if it is a letter or digit, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const point = text.codePointAt(i)!;
  const char = String.fromCodePoint(point);
  return NON_ASCII_WORD_CHAR.test(char) ? char.length : 0;
}

/**
 * The words of a text (runs of letters and digits, as the text-search parser splits them), as
 * [start, end) offsets: a summary has a few hundred words, and a snippet is cut from every row of
 * a page, so the words are not made into strings until one is a candidate match.
 */
export function wordSpans(text: string): Uint32Array {
  const spans: number[] = [];
  let i = 0;
  while (i < text.length) {
    let n = wordCharAt(text, i);
    if (!n) {
      i += 1;
      continue;
    }
    const start = i;
    do i += n;
    while (i < text.length && (n = wordCharAt(text, i)));
    spans.push(start, i);
  }
  return Uint32Array.from(spans);
}

/**
 * The lower-cased words of `text` that can match a lexeme starting with one of `initials`.
 * The English stemmer changes only the end of a word, so a word can only have a lexeme whose
 * first letter is its own.
 */
export function candidateWords(text: string, spans: Uint32Array, initials: Set<string>): string[] {
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    if (!initials.has(text[spans[k]!]!.toLowerCase())) continue;
    words.push(text.slice(spans[k], spans[k + 1]).toLowerCase());
  }
  return words;
}

/** The snippet's text: the summary (or the title) without bullet markers. */
export function snippetText(summary: string | null, title: string): string {
  return (summary ?? title).replace(/(^|\n)\s*- /g, '$1');
}

/**
 * A short snippet of `text` with the words whose lexeme the query has between <mark> tags:
 * up to two fragments of at most 30 words around the matches, joined by " … ", or the first
 * 30 words when nothing matches (only the full text did). Like ts_headline, the text is not
 * escaped: clients render it as text and only the <mark> tags as marks. `isMatch` is asked
 * only about the words starting with one of `initials` (see candidateWords), lower-cased.
 */
export function highlight(
  text: string,
  isMatch: (word: string) => boolean,
  initials: Set<string>,
  spans = wordSpans(text),
): string {
  const count = spans.length / 2;
  if (!count) return text.slice(0, 240);
  const matched = new Uint8Array(count);
  for (let w = 0; w < count; w += 1) {
    const start = spans[2 * w]!;
    if (!initials.has(text[start]!.toLowerCase())) continue;
    if (isMatch(text.slice(start, spans[2 * w + 1]).toLowerCase())) matched[w] = 1;
  }
  const fragments: [number, number][] = [];
  let covered = -1;
  for (let i = 0; i < count && fragments.length < MAX_FRAGMENTS; i += 1) {
    if (!matched[i] || i <= covered) continue;
    const from = Math.max(covered + 1, i - LEAD);
    const to = Math.min(count - 1, from + MAX_WORDS - 1);
    fragments.push([from, to]);
    covered = to;
  }
  if (!fragments.length) fragments.push([0, Math.min(count, MAX_WORDS) - 1]);
  return fragments
    .map(([from, to]) => {
      let out = '';
      let at = spans[2 * from]!;
      for (let i = from; i <= to; i += 1) {
        if (!matched[i]) continue;
        const start = spans[2 * i]!;
        const end = spans[2 * i + 1]!;
        out += `${text.slice(at, start)}<mark>${text.slice(start, end)}</mark>`;
        at = end;
      }
      return out + text.slice(at, spans[2 * to + 1]);
    })
    .join(FRAGMENT_DELIMITER);
}
