import { type DataSource } from 'typeorm';
import { queryWords, rankCandidates, replaceWords, type QueryWord } from './did-you-mean.js';
import { type SuggestionKind } from './suggestion.type.js';

export interface SuggestionRow {
  kind: SuggestionKind;
  label: string;
  slug: string;
}

/** Which kinds come first among suggestions that match equally well. */
const KIND_ORDER: SuggestionKind[] = ['COUNTRY', 'PRIORITY_AREA', 'INSTITUTION', 'PRACTICE'];

/** Only institutions and countries with published practices are suggested. */
const VISIBLE: Record<SuggestionKind, string> = {
  PRACTICE: 'true',
  INSTITUTION: 'EXISTS (SELECT 1 FROM practice_search ps WHERE ps.institution_id = s.ref_id)',
  COUNTRY: 'EXISTS (SELECT 1 FROM practice_search ps WHERE ps.country_id = s.ref_id)',
  PRIORITY_AREA: 'true',
};

/** How many correction candidates the trigram index hands over per word. */
const CANDIDATES = 12;

/**
 * Type-ahead and spelling help over published data: `suggest_entry` (labels folded to lower
 * case without accents) and `search_word` (words of published practices), both kept by triggers.
 */
export class SearchAssistRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Labels that start with the prefix first, then labels with a word that starts with it; each
   * kind read through an index (B-tree for the label's start, trigrams for a word's start) and
   * bounded by `first`, so the cost does not grow with the number of practices.
   */
  async suggest(prefix: string, first: number): Promise<SuggestionRow[]> {
    if (first === 0 || !/[\p{L}\p{N}]/u.test(prefix)) return [];
    const branch = (kind: SuggestionKind, head: boolean) =>
      `(SELECT s.kind, s.label, s.slug, s.fold, ${head ? 0 : 1} AS head FROM suggest_entry s
         WHERE s.kind = '${kind}' AND ${
           head
             ? `s.fold LIKE search_fold($1) || '%'`
             : `s.fold LIKE '%' || search_fold($1) || '%' AND s.fold NOT LIKE search_fold($1) || '%'`
         } AND ${VISIBLE[kind]}
         ${head ? 'ORDER BY s.fold' : ''} LIMIT $2)`;
    const branches = KIND_ORDER.flatMap((k) => [branch(k, true), branch(k, false)]);
    return this.dataSource.query(
      `SELECT kind, label, slug FROM (${branches.join(' UNION ALL ')}) x
        ORDER BY head, array_position($3::text[], kind), length(label), fold, slug
        LIMIT $2`,
      [prefix, first, KIND_ORDER],
    );
  }

  /**
   * The search text with its words that match no published practice replaced by the nearest
   * word that does (trigram candidates, re-ranked by edits), or null when every word matches or
   * none can be corrected. Candidates come from `search_word`, and each is checked against
   * `practice_search` (published practices only) before it is offered.
   */
  async didYouMean(text: string | null): Promise<string | null> {
    if (!text) return null;
    const words = queryWords(text);
    if (!words.length) return null;
    const found = await this.matchingPublished(words.map((w) => w.word));
    const missing = words.filter((_, i) => !found[i]);
    if (!missing.length) return null;

    const rows: { i: number; word: string; similarity: number }[] = await this.dataSource.query(
      `SELECT t.i::int - 1 AS i, c.word, similarity(c.word, t.w) AS similarity
         FROM unnest($1::text[]) WITH ORDINALITY t(w, i)
         CROSS JOIN LATERAL (SELECT word FROM search_word ORDER BY word <-> t.w LIMIT ${CANDIDATES}) c`,
      [missing.map((w) => w.word)],
    );
    const ranked = missing.map((w, i) =>
      rankCandidates(
        w.word,
        rows.filter((r) => r.i === i),
      ).slice(0, 3),
    );
    const flat = ranked.flatMap((list, i) => list.map((word) => ({ i, word })));
    if (!flat.length) return null;
    const published = await this.matchingPublished(flat.map((c) => c.word));
    const replacements = new Map<QueryWord, string>();
    flat.forEach((c, k) => {
      if (published[k] && !replacements.has(missing[c.i]!)) replacements.set(missing[c.i]!, c.word);
    });
    return replacements.size ? replaceWords(text, replacements) : null;
  }

  /**
   * For each word, whether it matches a published practice (a stop word always does: search
   * ignores it). One statement; each word is its own parameter so that the planner sees it
   * and reads the GIN index for a rare word.
   */
  private async matchingPublished(words: string[]): Promise<boolean[]> {
    const parts = words.map(
      (_, k) => `SELECT ${k} AS k, (numnode(plainto_tsquery('english', $${k + 1})) = 0
          OR EXISTS (SELECT 1 FROM practice_search ps
                      WHERE ps.vector @@ plainto_tsquery('english', $${k + 1}))) AS found`,
    );
    const rows: { k: number; found: boolean }[] = await this.dataSource.query(
      parts.join(' UNION ALL '),
      words,
    );
    const found = new Array<boolean>(words.length).fill(false);
    for (const r of rows) found[r.k] = r.found;
    return found;
  }
}
