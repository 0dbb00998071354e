import { type DataSource } from 'typeorm';
import { OUTCOME_LABELS, type Outcome, type Region } from '@gpa/shared';
import { decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { prepared } from '../../db/prepared-statements.js';
import { userInputError } from '../../graphql/errors.js';
import { type Facet, type PracticeOrder, type PracticeQuery } from './practice-query.js';
import { compareFacetValues, regionFacetLabel } from './facet-order.js';

/** A published practice as the public read path returns it (ids are local uuids). */
export interface PracticeRow {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  inOperationSince: number | null;
  institutionId: string;
  countryId: string;
  competitionId: string;
  region: Region;
  year: number;
  outcome: Outcome | null;
  juryText: string | null;
  highlight: string | null;
  cursor: string;
  /** What a list shows with the practice, read in the same statement (see PRACTICE_RELATIONS). */
  relations?: PracticeRelations | null;
}

/** A practice's institution, its country (the institution's: a list of one), and its priority areas in order. */
export interface PracticeRelations {
  institution: {
    id: string;
    slug: string;
    name: string;
    acronym: string | null;
    countryId: string;
  };
  countries: { id: string; code: string; name: string; sortName: string; region: Region }[];
  priorityAreas: { id: string; slug: string; name: string }[];
}

export interface FacetCount {
  facet: Facet;
  value: string;
  label: string;
  count: number;
}

/**
 * What every list shows with a practice (its institution, country and priority areas), as one
 * JSON column of the practice's own row: the public catalog primes its loaders with it, so a
 * page costs one statement instead of four (each statement is a round trip and a system call;
 * see docs/benchmarks.md). Evaluated for the returned rows only: every statement that selects
 * it has already limited its rows.
 */
const PRACTICE_RELATIONS = `(SELECT jsonb_build_object(
      'institution', jsonb_build_object('id', i.id, 'slug', i.slug, 'name', i.name,
                                        'acronym', i.acronym, 'countryId', i.country_id),
      'countries', (SELECT jsonb_agg(jsonb_build_object('id', c.id, 'code', c.code, 'name', c.name,
                                                        'sortName', c.sort_name, 'region', c.region))
                      FROM country c WHERE c.id = i.country_id),
      'priorityAreas', coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'slug', a.slug,
                                                                     'name', a.name) ORDER BY ppa.position)
                                   FROM practice_priority_area ppa
                                   JOIN priority_area a ON a.id = ppa.priority_area_id
                                  WHERE ppa.practice_id = pp.id), '[]'::jsonb))
     FROM institution i WHERE i.id = pp.institution_id) AS relations`;

/** The columns of published_practice that every public read selects. */
export const PRACTICE_COLUMNS = `pp.id, pp.slug, pp.title, pp.summary,
  pp.in_operation_since AS "inOperationSince", pp.institution_id AS "institutionId",
  pp.country_id AS "countryId", pp.competition_id AS "competitionId", pp.region, pp.year,
  pp.outcome, pp.jury_text AS "juryText", ${PRACTICE_RELATIONS}`;

/**
 * The published practices whose `column` is in the array $1, as the relation `pp`, read as one
 * lookup per value (its unique index, then the primary keys of the competition, institution
 * and decision). Written as `pp.id = ANY($1)`, the planner hashes the whole institution and
 * competition tables for a page of twenty.
 */
export function publishedPracticesBy(column: 'id' | 'slug', type: 'uuid' | 'text'): string {
  return `unnest($1::${type}[]) AS wanted(value)
    CROSS JOIN LATERAL (SELECT * FROM published_practice WHERE ${column} = wanted.value) pp`;
}

interface OrderKey {
  /** An expression over practice_search (alias ps), sorted ascending. */
  sql: string;
  cast: string;
}

/**
 * Above this many matches, relevance is ranked on the title alone (plus the outcome and the year),
 * so that its cost does not grow with the number of matches; below it, on the whole text.
 */
export const FULL_RANK_LIMIT = 2000;

const TEXT_C = 'text COLLATE "C"';

/**
 * The name a relevance cursor made here carries. The in-memory index scores relevance on its
 * own scale (search-snapshot.ts), so a cursor of one cannot place a page in the other; its name
 * tells PublicCatalog which one must answer the next page. Newest and title keys are the same
 * in both.
 */
export const SQL_RELEVANCE = 'RELEVANCE/SQL';
const cursorName = (order: PracticeOrder) => (order === 'RELEVANCE' ? SQL_RELEVANCE : order);

/** Every order ends with the id, so that ties are broken the same way on every page. */
function orderKeys(order: PracticeOrder): OrderKey[] {
  switch (order) {
    case 'RELEVANCE':
      return [
        {
          sql: `-(CASE WHEN ps.title_vector @@ q.tsq THEN 1 ELSE 0 END + ts_rank(ps.title_vector, q.tsq)
                  + CASE WHEN n.matches <= ${FULL_RANK_LIMIT} THEN ts_rank('{0.05, 0.2, 0.4, 1.0}', ps.vector, q.tsq) ELSE 0 END)::float8`,
          cast: 'float8',
        },
        { sql: 'ps.outcome_rank', cast: 'int' },
        { sql: 'ps.neg_year', cast: 'int' },
        { sql: 'ps.practice_id', cast: 'uuid' },
      ];
    case 'NEWEST':
      return [
        { sql: 'ps.neg_year', cast: 'int' },
        { sql: 'ps.outcome_rank', cast: 'int' },
        { sql: 'ps.pos', cast: 'int' },
        { sql: 'ps.title_key', cast: TEXT_C },
        { sql: 'ps.practice_id', cast: 'uuid' },
      ];
    case 'TITLE':
      return [
        { sql: 'ps.title_key', cast: TEXT_C },
        { sql: 'ps.practice_id', cast: 'uuid' },
      ];
    case 'BOOKLET':
      return [
        { sql: 'ps.outcome_rank', cast: 'int' },
        { sql: 'ps.pos', cast: 'int' },
        {
          sql: '(SELECT c.sort_name FROM country c WHERE c.id = ps.country_id) COLLATE "C"',
          cast: TEXT_C,
        },
        {
          sql: '(SELECT i.name FROM institution i WHERE i.id = ps.institution_id) COLLATE "C"',
          cast: TEXT_C,
        },
        { sql: 'ps.title_key', cast: TEXT_C },
        { sql: 'ps.practice_id', cast: 'uuid' },
      ];
  }
}

/** Collects bind parameters and hands out their placeholders. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type FacetConditions = Record<Facet, string | null>;

/** The WHERE conditions of a query: the fixed scope, and one condition per facet. */
function conditions(
  query: PracticeQuery,
  params: Params,
): { scope: string[]; facets: FacetConditions } {
  const scope: string[] = [];
  if (query.text) scope.push('ps.vector @@ q.tsq');
  if (query.competitionId) scope.push(`ps.competition_id = ${params.add(query.competitionId)}`);
  const facets: FacetConditions = {
    regions: query.regions.length
      ? `ps.region = ANY(${params.add(query.regions)}::region[])`
      : null,
    countries: query.countryCodes.length
      ? `ps.country_id = ANY(ARRAY(SELECT id FROM country WHERE code = ANY(${params.add(query.countryCodes)}::text[])))`
      : null,
    institutions: query.institutionSlugs.length
      ? `ps.institution_id = ANY(ARRAY(SELECT id FROM institution WHERE slug = ANY(${params.add(query.institutionSlugs)}::text[])))`
      : null,
    priorityAreas: query.priorityAreaSlugs.length
      ? `ps.area_ids && ARRAY(SELECT id FROM priority_area WHERE slug = ANY(${params.add(query.priorityAreaSlugs)}::text[]))`
      : null,
    outcomes: query.outcomes.length
      ? `ps.outcome = ANY(${params.add(query.outcomes)}::outcome[])`
      : null,
    years: query.years.length ? `ps.year = ANY(${params.add(query.years)}::int[])` : null,
  };
  return { scope, facets };
}

function tsQuery(query: PracticeQuery, params: Params): string {
  return query.text
    ? `CROSS JOIN (SELECT websearch_to_tsquery('english', ${params.add(query.text)}) AS tsq) q`
    : '';
}

const where = (parts: (string | null)[]) => {
  const present = parts.filter((p): p is string => !!p);
  return present.length ? `WHERE ${present.join(' AND ')}` : '';
};

/**
 * The planner settings of a text search, for its own transaction (one round trip). With
 * sequential scans off, a plan that still needs one costs 10^10, which would also make
 * PostgreSQL JIT-compile it (about 80 ms for the facets statement): JIT is off with it.
 */
export const SEARCH_SETTINGS = 'BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL jit = off';

/** The snippet's text: the summary (or the title) without bullet markers. */
const HEADLINE_TEXT = String.raw`regexp_replace(coalesce(pp.summary, pp.title), '(^|\n)\s*- ', '\1', 'g')`;

/** The highlighted snippet of a published_practice row (alias pp) for a tsquery expression. */
const headlineOf = (tsq: string) =>
  `ts_headline('english', ${HEADLINE_TEXT}, ${tsq},
     'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * Search, paging and facets over published practices. Every statement reads practice_search,
 * which holds only published practices (the triggers copy them from the published_practice
 * view), so nothing unpublished can be returned, counted or faceted.
 */
export class PracticeSearchRepository {
  constructor(readonly dataSource: DataSource) {}

  /**
   * Runs a statement over practice_search. A text search runs with sequential scans off: the
   * planner does not count the cost of reading every out-of-line vector to evaluate `@@` row by
   * row, and picks a sequential scan for common words that reads 20 times the buffers of the
   * GIN bitmap scan (EXPLAIN in docs/benchmarks.md). SET LOCAL holds for this transaction only.
   */
  private async run<T>(text: string | null, sql: string, params: unknown[]): Promise<T[]> {
    if (!text) return this.dataSource.query(sql, params);
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.query(SEARCH_SETTINGS);
      try {
        const rows: T[] = await runner.query(sql, params);
        await runner.query('COMMIT');
        return rows;
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  /** The text form of a web-style query's tsquery (PostgreSQL stems and parses it). */
  async parseQuery(text: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT websearch_to_tsquery('english', $1)::text AS q`,
      [text],
    );
    return row.q as string;
  }

  /** The ids of the published practices a query's text matches (for phrases, checked by position). */
  async matchingIds(text: string): Promise<string[]> {
    const rows = await this.run<{ id: string }>(
      text,
      `SELECT ps.practice_id AS id FROM practice_search ps
         WHERE ps.vector @@ websearch_to_tsquery('english', $1)`,
      [text],
    );
    return rows.map((r) => r.id);
  }

  /** The English lexeme of each word ('' for a stop word), as to_tsvector('english') finds it. */
  async lexemesOf(words: string[]): Promise<{ word: string; lexeme: string }[]> {
    if (!words.length) return [];
    return this.dataSource.query(
      `SELECT w AS word, coalesce((ts_lexize('english_stem', w))[1], '') AS lexeme
         FROM unnest($1::text[]) AS w`,
      [words],
    );
  }

  /** The rows of these published practices (in no order), with the snippet for `text`. */
  rowsByIds(ids: string[], text: string | null): Promise<Omit<PracticeRow, 'cursor'>[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query(
      prepared(`SELECT ${PRACTICE_COLUMNS}, ${text ? headlineOf('q.tsq') : 'NULL'} AS highlight
         FROM ${publishedPracticesBy('id', 'uuid')}
         ${text ? `CROSS JOIN (SELECT websearch_to_tsquery('english', $2) AS tsq) q` : ''}`),
      text ? [ids, text] : [ids],
    );
  }

  /** One page: `first` rows after the cursor, plus whether more follow. One statement. */
  async page(
    query: PracticeQuery,
    first: number,
    after: string | null,
  ): Promise<{ rows: PracticeRow[]; hasNextPage: boolean }> {
    const keys = orderKeys(query.order);
    const cursor = decodeCursor(after, cursorName(query.order));
    if (cursor && cursor.length !== keys.length)
      throw userInputError('"after" is not a cursor of this list.', 'after');
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const filter = where([...scope, ...Object.values(facets)]);
    const keyColumns = keys.map((k, i) => `${k.sql} AS k${i}`).join(', ');
    const keyList = keys.map((_, i) => `s.k${i}`).join(', ');
    const afterCondition = cursor
      ? `WHERE (${keyList}) > (${cursor.map((v, i) => `${params.add(v)}::${keys[i]!.cast}`).join(', ')})`
      : '';
    const limit = params.add(first + 1);
    // Whether there are more than FULL_RANK_LIMIT matches decides how relevance is ranked;
    // counting stops there, so a common word's match set is not read twice.
    const matches =
      query.order === 'RELEVANCE'
        ? `CROSS JOIN (SELECT count(*) AS matches
                         FROM (SELECT 1 FROM practice_search ps ${tsq} ${filter} LIMIT ${FULL_RANK_LIMIT + 1}) x) n`
        : '';
    const headline = query.text ? headlineOf('page.tsq') : 'NULL';
    const rows = await this.run<PracticeRow & Record<string, unknown>>(
      query.text,
      `SELECT ${PRACTICE_COLUMNS}, page.*, ${headline} AS highlight
         FROM (SELECT s.* FROM (SELECT ps.practice_id, ${keyColumns}${query.text ? ', q.tsq' : ''}
                                  FROM practice_search ps ${tsq} ${matches} ${filter}) s
                ${afterCondition}
                ORDER BY ${keyList}
                LIMIT ${limit}) page
         JOIN published_practice pp ON pp.id = page.practice_id
        ORDER BY ${keys.map((_, i) => `page.k${i}`).join(', ')}`,
      params.values,
    );
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first).map((row) => {
      const key = keys.map((_, i) => row[`k${i}`] as string | number | null);
      for (let i = 0; i < keys.length; i += 1) delete row[`k${i}`];
      delete row.tsq;
      delete row.practice_id;
      return {
        ...row,
        cursor: encodeCursor({ order: cursorName(query.order), key }),
      } as PracticeRow;
    });
    return { rows: page, hasNextPage };
  }

  async count(query: PracticeQuery): Promise<number> {
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const [row] = await this.run<{ n: number }>(
      query.text,
      `SELECT count(*)::int AS n FROM practice_search ps ${tsq} ${where([...scope, ...Object.values(facets)])}`,
      params.values,
    );
    return row!.n;
  }

  /**
   * All six facets in one statement over one scan of the matches. Each facet's counts apply the
   * scope and every other facet's selection, but not its own, so choosing a value never zeroes
   * its siblings. Labels are joined after counting, for the values found only. The values come
   * in display order (facet-order.ts), as the index gives them.
   */
  async facets(query: PracticeQuery): Promise<FacetCount[]> {
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const selected = (Object.keys(facets) as Facet[]).filter((f) => facets[f]);
    const flags = selected.map((f) => `${facets[f]} AS f_${f}`).join(', ');
    const others = (facet: Facet) =>
      selected
        .filter((f) => f !== facet)
        .map((f) => `m.f_${f}`)
        .join(' AND ') || 'true';
    const rows = await this.run<{
      facet: Facet;
      value: string;
      label: string | null;
      count: number;
    }>(
      query.text,
      `WITH m AS MATERIALIZED (
           SELECT ps.region, ps.country_id, ps.institution_id, ps.outcome, ps.year, ps.area_ids${flags ? `, ${flags}` : ''}
             FROM practice_search ps ${tsq} ${where(scope)}),
         regions AS (SELECT m.region::text AS value, count(*)::int AS n FROM m WHERE ${others('regions')} GROUP BY 1),
         countries AS (SELECT m.country_id AS id, count(*)::int AS n FROM m WHERE ${others('countries')} GROUP BY 1),
         institutions AS (SELECT m.institution_id AS id, count(*)::int AS n FROM m WHERE ${others('institutions')} GROUP BY 1),
         areas AS (SELECT a.id, count(*)::int AS n
                     FROM (SELECT unnest(m.area_ids) AS id FROM m WHERE ${others('priorityAreas')}) a
                    GROUP BY 1),
         outcomes AS (SELECT m.outcome::text AS value, count(*)::int AS n FROM m
                       WHERE m.outcome IS NOT NULL AND ${others('outcomes')} GROUP BY 1),
         years AS (SELECT m.year::text AS value, count(*)::int AS n FROM m WHERE ${others('years')} GROUP BY 1)
         SELECT 'regions' AS facet, value, NULL AS label, n AS count FROM regions
         UNION ALL SELECT 'countries', c.code, c.name, x.n FROM countries x JOIN country c ON c.id = x.id
         UNION ALL SELECT 'institutions', i.slug, i.name, x.n FROM institutions x JOIN institution i ON i.id = x.id
         UNION ALL SELECT 'priorityAreas', a.slug, a.name, x.n FROM areas x JOIN priority_area a ON a.id = x.id
         UNION ALL SELECT 'outcomes', value, NULL, n FROM outcomes
         UNION ALL SELECT 'years', value, NULL, n FROM years`,
      params.values,
    );
    const counts = rows.map((r) => ({
      facet: r.facet,
      value: r.value,
      count: r.count,
      label:
        r.facet === 'regions'
          ? regionFacetLabel(r.value as Region)
          : r.facet === 'outcomes'
            ? OUTCOME_LABELS[r.value as Outcome]
            : (r.label ?? r.value),
    }));
    return counts.sort(compareFacetValues);
  }
}
