import { describe, expect, it } from 'vitest';
import { candidateWords, highlight, wordSpans } from '../search-index/highlight.js';

const words = (text: string) => {
  const spans = wordSpans(text);
  return Array.from({ length: spans.length / 2 }, (_, w) =>
    text.slice(spans[2 * w], spans[2 * w + 1]),
  );
};

describe('snippets marked in the API', () => {
  it('splits words as the text-search parser does: letters and digits, in any script', () => {
    const text =
      "La Caisse nationale d'assurance-maladie (CNAM) a réduit de 40 % les délais — São Paulo, Zürich, 東京 𝐀𝐁.";
    expect(words(text)).toEqual(Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]));
    expect(words('')).toEqual([]);
    expect(words('  — … ')).toEqual([]);
  });

  it('offers only the words that can stem to a wanted lexeme (same first letter)', () => {
    const text = 'Mobile services serve Service users';
    expect(candidateWords(text, wordSpans(text), new Set(['s']))).toEqual([
      'services',
      'serve',
      'service',
    ]);
  });

  it('marks the matching words in at most two fragments of 30 words, the text left as it is', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const text = `${filler(40)} Pension <b>reform</b> ${filler(40)} pensions ${filler(40)} pension`;
    const stems: Record<string, string> = { pension: 'pension', pensions: 'pension' };
    const snippet = highlight(text, (w) => stems[w] === 'pension', new Set(['p']));
    const fragments = snippet.split(' … ');
    expect(fragments).toHaveLength(2);
    expect(fragments[0]).toMatch(/^w34 .* <mark>Pension<\/mark> <b>reform<\/b> /);
    expect(fragments[1]).toContain('<mark>pensions</mark>');
    for (const fragment of fragments)
      expect(
        fragment
          .replace(/<\/?mark>/g, '')
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean).length,
      ).toBeLessThanOrEqual(30);
  });

  it('gives the first 30 words when no word of the text matches (only the full text did)', () => {
    const text = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(highlight(text, () => false, new Set(['w']))).toBe(
      Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '),
    );
  });
});
