import { type DataSource } from 'typeorm';
import { OUTCOME_LABELS, REGION_LABELS, type Outcome, type Region } from '@gpa/shared';
import { decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { userInputError } from '../../graphql/errors.js';
import { type Facet, type PracticeOrder, type PracticeQuery } from './practice-query.js';

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
}

export interface FacetCount {
  facet: Facet;
  value: string;
  label: string;
  count: number;
}

/** The columns of published_practice that every public read selects. */
export const PRACTICE_COLUMNS = `pp.id, pp.slug, pp.title, pp.summary,
  pp.in_operation_since AS "inOperationSince", pp.institution_id AS "institutionId",
  pp.country_id AS "countryId", pp.competition_id AS "competitionId", pp.region, pp.year,
  pp.outcome, pp.jury_text AS "juryText"`;

interface OrderKey {
  /** An expression sorted ascending (descending sorts are negated). */
  sql: string;
  cast: string;
}

/** Alphabetical order that is the same on every server: case and leading punctuation ignored. */
const TITLE_KEY = `lower(regexp_replace(pp.title, '^[^[:alnum:]]+', '')) COLLATE "C"`;
const OUTCOME_RANK = `coalesce(array_position(enum_range(NULL::outcome), pp.outcome), 99)`;
const POSITION = `coalesce(pp.position, 2147483647)`;

/** Every order ends with the id, so that ties are broken the same way on every page. */
function orderKeys(order: PracticeOrder): OrderKey[] {
  switch (order) {
    case 'RELEVANCE':
      return [
        {
          sql: `-(ts_rank('{0.05, 0.2, 0.4, 1.0}', pp.search_vector, q.tsq) + CASE WHEN to_tsvector('english', pp.title) @@ q.tsq THEN 1 ELSE 0 END)`,
          cast: 'real',
        },
        { sql: 'pp.id', cast: 'uuid' },
      ];
    case 'NEWEST':
      return [
        { sql: '-pp.year', cast: 'int' },
        { sql: OUTCOME_RANK, cast: 'int' },
        { sql: POSITION, cast: 'int' },
        { sql: TITLE_KEY, cast: 'text COLLATE "C"' },
        { sql: 'pp.id', cast: 'uuid' },
      ];
    case 'TITLE':
      return [
        { sql: TITLE_KEY, cast: 'text COLLATE "C"' },
        { sql: 'pp.id', cast: 'uuid' },
      ];
    case 'BOOKLET':
      return [
        { sql: OUTCOME_RANK, cast: 'int' },
        { sql: POSITION, cast: 'int' },
        {
          sql: '(SELECT c.sort_name FROM country c WHERE c.id = pp.country_id) COLLATE "C"',
          cast: 'text COLLATE "C"',
        },
        {
          sql: '(SELECT i.name FROM institution i WHERE i.id = pp.institution_id) COLLATE "C"',
          cast: 'text COLLATE "C"',
        },
        { sql: TITLE_KEY, cast: 'text COLLATE "C"' },
        { sql: 'pp.id', cast: 'uuid' },
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
  if (query.text) scope.push('pp.search_vector @@ q.tsq');
  if (query.competitionId) scope.push(`pp.competition_id = ${params.add(query.competitionId)}`);
  const facets: FacetConditions = {
    regions: query.regions.length
      ? `pp.region = ANY(${params.add(query.regions)}::region[])`
      : null,
    countries: query.countryCodes.length
      ? `pp.country_id IN (SELECT id FROM country WHERE code = ANY(${params.add(query.countryCodes)}::text[]))`
      : null,
    institutions: query.institutionSlugs.length
      ? `pp.institution_id IN (SELECT id FROM institution WHERE slug = ANY(${params.add(query.institutionSlugs)}::text[]))`
      : null,
    priorityAreas: query.priorityAreaSlugs.length
      ? `EXISTS (SELECT 1 FROM practice_priority_area ppa JOIN priority_area a ON a.id = ppa.priority_area_id
                  WHERE ppa.practice_id = pp.id AND a.slug = ANY(${params.add(query.priorityAreaSlugs)}::text[]))`
      : null,
    outcomes: query.outcomes.length
      ? `pp.outcome = ANY(${params.add(query.outcomes)}::outcome[])`
      : null,
    years: query.years.length ? `pp.year = ANY(${params.add(query.years)}::int[])` : null,
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
 * Search, paging and facets over published practices. Every statement reads the
 * published_practice view, so nothing unpublished can be returned, counted or faceted.
 */
export class PracticeSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page: `first` rows after the cursor, plus whether more follow. One statement. */
  async page(
    query: PracticeQuery,
    first: number,
    after: string | null,
  ): Promise<{ rows: PracticeRow[]; hasNextPage: boolean }> {
    const keys = orderKeys(query.order);
    const cursor = decodeCursor(after, query.order);
    if (cursor && cursor.length !== keys.length)
      throw userInputError('"after" is not a cursor of this list.', 'after');
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const keyColumns = keys.map((k, i) => `${k.sql} AS k${i}`).join(', ');
    const keyList = keys.map((_, i) => `s.k${i}`).join(', ');
    const after_ = cursor
      ? `WHERE (${keyList}) > (${cursor.map((v, i) => `${params.add(v)}::${keys[i]!.cast}`).join(', ')})`
      : '';
    const limit = params.add(first + 1);
    const headline = query.text
      ? `ts_headline('english', coalesce(s.summary, s.title), s.tsq,
           'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "')`
      : 'NULL';
    const rows: (PracticeRow & Record<string, unknown>)[] = await this.dataSource.query(
      `SELECT s.*, ${headline} AS highlight
         FROM (SELECT ${PRACTICE_COLUMNS}, ${keyColumns}${query.text ? ', q.tsq' : ''}
                 FROM published_practice pp ${tsq}
                 ${where([...scope, ...Object.values(facets)])}) s
         ${after_}
        ORDER BY ${keyList}
        LIMIT ${limit}`,
      params.values,
    );
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first).map((row) => {
      const key = keys.map((_, i) => row[`k${i}`] as string | number | null);
      for (let i = 0; i < keys.length; i += 1) delete row[`k${i}`];
      delete row.tsq;
      return { ...row, cursor: encodeCursor({ order: query.order, key }) } as PracticeRow;
    });
    return { rows: page, hasNextPage };
  }

  async count(query: PracticeQuery): Promise<number> {
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM published_practice pp ${tsq} ${where([...scope, ...Object.values(facets)])}`,
      params.values,
    );
    return row.n;
  }

  /**
   * All six facets in one statement. Each facet's counts apply the scope and every other
   * facet's selection, but not its own, so choosing a value never zeroes its siblings.
   */
  async facets(query: PracticeQuery): Promise<FacetCount[]> {
    const params = new Params();
    const tsq = tsQuery(query, params);
    const { scope, facets } = conditions(query, params);
    const flags = (Object.keys(facets) as Facet[])
      .map((f) => `${facets[f] ?? 'true'} AS f_${f}`)
      .join(', ');
    const others = (facet: Facet) =>
      (Object.keys(facets) as Facet[])
        .filter((f) => f !== facet && facets[f])
        .map((f) => `m.f_${f}`)
        .join(' AND ') || 'true';
    const rows: { facet: Facet; value: string; label: string | null; count: number }[] =
      await this.dataSource.query(
        `WITH m AS MATERIALIZED (
           SELECT pp.id, pp.region, pp.country_id, pp.institution_id, pp.outcome, pp.year, ${flags}
             FROM published_practice pp ${tsq} ${where(scope)})
         SELECT 'regions' AS facet, m.region::text AS value, NULL AS label, count(*)::int AS count
           FROM m WHERE ${others('regions')} GROUP BY m.region
         UNION ALL
         SELECT 'countries', c.code, c.name, count(*)::int
           FROM m JOIN country c ON c.id = m.country_id WHERE ${others('countries')} GROUP BY c.code, c.name
         UNION ALL
         SELECT 'institutions', i.slug, i.name, count(*)::int
           FROM m JOIN institution i ON i.id = m.institution_id WHERE ${others('institutions')} GROUP BY i.slug, i.name
         UNION ALL
         SELECT 'priorityAreas', a.slug, a.name, count(*)::int
           FROM m JOIN practice_priority_area ppa ON ppa.practice_id = m.id
                  JOIN priority_area a ON a.id = ppa.priority_area_id
          WHERE ${others('priorityAreas')} GROUP BY a.slug, a.name
         UNION ALL
         SELECT 'outcomes', m.outcome::text, NULL, count(*)::int
           FROM m WHERE m.outcome IS NOT NULL AND ${others('outcomes')} GROUP BY m.outcome
         UNION ALL
         SELECT 'years', m.year::text, NULL, count(*)::int FROM m WHERE ${others('years')} GROUP BY m.year`,
        params.values,
      );
    return rows.map((r) => ({
      facet: r.facet,
      value: r.value,
      count: r.count,
      label:
        r.facet === 'regions'
          ? capitalize(REGION_LABELS[r.value as Region])
          : r.facet === 'outcomes'
            ? OUTCOME_LABELS[r.value as Outcome]
            : (r.label ?? r.value),
    }));
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
