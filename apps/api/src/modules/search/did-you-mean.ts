/** A word of a search text that may be corrected, with where it stands in the text. */
export interface QueryWord {
  word: string;
  start: number;
  end: number;
}

const MAX_WORDS = 10;

/**
 * The words of a web-style search that count for matching: not the `or` operator, not words
 * excluded with `-`, not numbers, not words shorter than three letters; at most ten, each once.
 */
export function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const start = m.index;
    const word = m[0].toLowerCase();
    const before = text.slice(0, start);
    const excluded = /(^|[\s"(])-$/.test(before);
    const glued = /[\p{N}_]$/u.test(before) || /^[\p{N}_]/u.test(text.slice(start + m[0].length));
    if (word === 'or' || excluded || glued || [...word].length < 3 || seen.has(word)) continue;
    seen.add(word);
    words.push({ word, start, end: start + m[0].length });
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** Edits (insert, delete, substitute, swap two neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/** How many edits a correction of a word this long may make. */
export function allowedEdits(word: string): number {
  const n = [...word].length;
  return n <= 4 ? 1 : n <= 8 ? 2 : 3;
}

/** Candidates for one word, best first: fewest edits, then most alike by trigrams. */
export function rankCandidates(
  word: string,
  candidates: { word: string; similarity: number }[],
): string[] {
  return candidates
    .filter((c) => c.word !== word)
    .map((c) => ({ ...c, edits: editDistance(word, c.word) }))
    .filter((c) => c.edits <= allowedEdits(word))
    .sort((a, b) => a.edits - b.edits || b.similarity - a.similarity || (a.word < b.word ? -1 : 1))
    .map((c) => c.word);
}

/** The text with some of its words replaced, keeping a capital initial where there was one. */
export function replaceWords(text: string, replacements: Map<QueryWord, string>): string {
  let out = '';
  let at = 0;
  for (const [w, replacement] of [...replacements].sort((a, b) => a[0].start - b[0].start)) {
    const original = text.slice(w.start, w.end);
    const capital = original[0] !== original[0]!.toLowerCase();
    out +=
      text.slice(at, w.start) +
      (capital ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement);
    at = w.end;
  }
  return out + text.slice(at);
}
