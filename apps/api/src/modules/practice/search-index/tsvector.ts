/** A weight's rank: A (title) 0, B 1, C 2, D (no letter, the full text) 3. */
export type WeightClass = 0 | 1 | 2 | 3;

/**
 * Reads the text form of a tsvector (`'lexeme':1A,5B,7 'other':3`), calling `visit` once per
 * lexeme with its best weight and its number of positions (1 for a vector without positions).
 */
export function readTsVector(
  text: string,
  visit: (lexeme: string, best: WeightClass, positions: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (text.charCodeAt(i) === 32) i += 1;
    if (i >= n) break;
    if (text[i] !== "'") throw new Error(`tsvector: expected a lexeme at ${i}`);
    i += 1;
    let lexeme = '';
    let start = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) throw new Error('tsvector: unterminated lexeme');
      if (c === 39 /* ' */) {
        if (text.charCodeAt(i + 1) === 39) {
          lexeme += text.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        lexeme += text.slice(start, i);
        i += 1;
        break;
      }
      if (c === 92 /* \ */) {
        lexeme += text.slice(start, i) + text[i + 1];
        i += 2;
        start = i;
        continue;
      }
      i += 1;
    }
    let best: WeightClass = 3;
    let positions = 0;
    if (text.charCodeAt(i) === 58 /* : */) {
      i += 1;
      for (;;) {
        while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
        positions += 1;
        const w = text.charCodeAt(i);
        if (w >= 65 && w <= 67) {
          const cls = (w - 65) as WeightClass;
          if (cls < best) best = cls;
          i += 1;
        }
        if (text.charCodeAt(i) !== 44 /* , */) break;
        i += 1;
      }
    }
    visit(lexeme, best, positions || 1);
  }
}
