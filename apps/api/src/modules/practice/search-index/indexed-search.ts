import { LRUCache } from 'lru-cache';
import { encodeCursor } from '../../../graphql/connection.js';
import { type PracticeQuery } from '../practice-query.js';
import {
  type FacetCount,
  type PracticeRow,
  type PracticeSearchRepository,
} from '../practice-search.repository.js';
import { candidateWords, highlight, snippetText, wordSpans } from './highlight.js';
import { type Matches, type SearchSnapshot } from './search-snapshot.js';
import { hasPhrase, parseTsQuery, positiveLexemes, type TsQuery } from './tsquery.js';

/**
 * Parsed queries by text. Parsing depends only on the text and PostgreSQL's English
 * configuration, never on the data, so it is kept across requests and versions.
 */
const parsed = new LRUCache<string, { tree: TsQuery | null }>({ max: 5000 });

/** Lexemes by word ('' for stop words), for snippets; like the parses, independent of the data. */
const lexemes = new LRUCache<string, string>({ max: 100_000 });

/**
 * One request's searches answered from a snapshot of the in-memory index: the match set of a
 * text is computed once and shared by the page, the count and the facets. What only the
 * database has is asked for in bounded statements: the parse of a new query text, the exact
 * matches of a phrase, and the page's rows with their snippets.
 */
export class IndexedSearch {
  private readonly matchesByText = new Map<string, Promise<Matches>>();

  constructor(
    private readonly snapshot: SearchSnapshot,
    private readonly repository: PracticeSearchRepository,
  ) {}

  private async tree(text: string): Promise<TsQuery | null> {
    let entry = parsed.get(text);
    if (!entry) {
      entry = { tree: parseTsQuery(await this.repository.parseQuery(text)) };
      parsed.set(text, entry);
    }
    return entry.tree;
  }

  private matches(text: string | null): Promise<Matches> {
    if (!text) return Promise.resolve({ docs: null, scores: null });
    let m = this.matchesByText.get(text);
    if (!m) {
      m = this.computeMatches(text);
      this.matchesByText.set(text, m);
    }
    return m;
  }

  private async computeMatches(text: string): Promise<Matches> {
    const tree = await this.tree(text);
    if (!tree) return { docs: new Uint32Array(0), scores: new Float64Array(0) };
    let docs: Uint32Array;
    if (hasPhrase(tree)) {
      // Positions are not kept in memory: PostgreSQL checks phrases with its GIN index.
      const ids = await this.repository.matchingIds(text);
      docs = Uint32Array.from(
        ids.map((id) => this.snapshot.docOf(id)).filter((d): d is number => d !== undefined),
      ).sort();
    } else {
      docs = this.snapshot.evaluate(tree);
    }
    return this.snapshot.matches(tree, positiveLexemes(tree), docs);
  }

  async page(
    query: PracticeQuery,
    first: number,
    after: string | null,
  ): Promise<{ rows: PracticeRow[]; hasNextPage: boolean }> {
    const matches = await this.matches(query.text);
    const hits = this.snapshot.page(query, matches, first, after);
    const hasNextPage = hits.length > first;
    const page = hits.slice(0, first);
    const ids = page.map((h) => this.snapshot.idOf(h.doc));
    const found = await this.repository.rowsByIds(ids, null);
    if (query.text) await this.highlight(found, query.text);
    const rows = new Map(found.map((r) => [r.id, r] as const));
    const order = query.order as 'RELEVANCE' | 'NEWEST' | 'TITLE';
    return {
      // A practice unpublished since the snapshot was taken has no row: it is left out.
      rows: page.flatMap((hit) => {
        const row = rows.get(this.snapshot.idOf(hit.doc));
        if (!row) return [];
        const key = this.snapshot.key(order, hit.doc, hit.score);
        return [{ ...row, cursor: encodeCursor({ order, key }) }];
      }),
      hasNextPage,
    };
  }

  /**
   * The snippets of a page, computed here rather than by ts_headline (which costs about a
   * millisecond a row in the database): the words of each snippet whose lexeme the query has
   * are marked. The lexemes of words not seen before are asked for in one statement.
   */
  private async highlight(rows: Omit<PracticeRow, 'cursor'>[], text: string) {
    const tree = await this.tree(text);
    const wanted = tree ? positiveLexemes(tree) : new Set<string>();
    const initials = new Set([...wanted].map((lexeme) => lexeme[0]!));
    const texts = rows.map((r) => snippetText(r.summary, r.title));
    const spans = texts.map(wordSpans);
    const unknown = new Set<string>();
    texts.forEach((t, i) => {
      for (const word of candidateWords(t, spans[i]!, initials))
        if (!lexemes.has(word)) unknown.add(word);
    });
    for (const { word, lexeme } of await this.repository.lexemesOf([...unknown])) {
      lexemes.set(word, lexeme);
    }
    const isMatch = (word: string) => wanted.has(lexemes.get(word) ?? word);
    rows.forEach((row, i) => {
      row.highlight = highlight(texts[i]!, isMatch, initials, spans[i]);
    });
  }

  async count(query: PracticeQuery): Promise<number> {
    return this.snapshot.count(query, await this.matches(query.text));
  }

  async facets(query: PracticeQuery): Promise<FacetCount[]> {
    return this.snapshot.facets(query, await this.matches(query.text));
  }
}
