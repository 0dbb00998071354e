import { type Pool } from 'pg';
import { AREA_MATCH, facetsSql, HEADLINE_OPTIONS, NEWEST_KEYS, NEWEST_ORDER, RANK } from './sql.js';

/**
 * The floor: the same answers as the GraphQL workloads, by hand-written SQL through a pg pool,
 * no HTTP and no GraphQL. Independent parts of one answer (page, count, facets) run in
 * parallel, as a careful hand-written service would run them.
 */

/** What the page rows need besides the practice: institution, country, priority areas. */
const PAGE_JOINS = `JOIN public.institution i ON i.id = s.institution_id
  JOIN public.country c ON c.id = s.country_id`;
const PAGE_AREAS = `(SELECT array_agg(a.slug ORDER BY ppa.position) FROM public.practice_priority_area ppa
    JOIN public.priority_area a ON a.id = ppa.priority_area_id WHERE ppa.practice_id = s.id) AS areas`;

export interface Answer {
  total: number | null;
  slugs: string[];
  facetTotal: number | null;
  /** How many values the facets have in all (some of them left out with a facet-value limit). */
  facetValues: number | null;
  /** For paging: the key of the last row. */
  last?: [number, string];
}

const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
/** The number of values of every facet, from facet rows that each carry their facet's. */
export const facetValueCount = (rows: { facet: string; values: number }[]) =>
  [...new Map(rows.map((r) => [r.facet, r.values])).values()].reduce((n, v) => n + v, 0);

export async function rawSearch(
  pool: Pool,
  q: string,
  regions: string[],
  areas: string[],
  facetValues: number | null,
): Promise<Answer> {
  const from = `public.published_practice pp, websearch_to_tsquery('english', $1) AS tsq`;
  const where = `pp.search_vector @@ tsq AND pp.region = ANY($2::region[]) AND ${AREA_MATCH('$3::text[]')}`;
  const [page, count, facets] = await Promise.all([
    pool.query(
      `SELECT s.slug, s.title, s.outcome, i.name AS institution, c.code AS country, ${PAGE_AREAS},
              ts_headline('english', coalesce(s.summary, s.title), s.tsq, ${HEADLINE_OPTIONS}) AS highlight
         FROM (SELECT pp.id, pp.slug, pp.title, pp.summary, pp.outcome, pp.institution_id, pp.country_id, tsq,
                      ${RANK} AS rank
                 FROM ${from} WHERE ${where}
                ORDER BY rank DESC, pp.id LIMIT 21) s
         ${PAGE_JOINS}
        ORDER BY s.rank DESC, s.id`,
      [q, regions, areas],
    ),
    pool.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`, [q, regions, areas]),
    pool.query(
      facetsSql(
        { from, where: 'pp.search_vector @@ tsq' },
        '$2::region[]',
        '$3::text[]',
        '$4::int',
      ),
      [q, regions, areas, facetValues],
    ),
  ]);
  return {
    total: count.rows[0].n,
    slugs: page.rows.slice(0, 20).map((r) => r.slug),
    facetTotal: sum(facets.rows),
    facetValues: facetValueCount(facets.rows),
  };
}

export async function rawBrowse(
  pool: Pool,
  regions: string[],
  facetValues: number | null,
): Promise<Answer> {
  const [page, count, facets] = await Promise.all([
    pool.query(
      `SELECT s.slug, s.title, s.outcome, i.name AS institution, c.code AS country, ${PAGE_AREAS}
         FROM (SELECT * FROM (SELECT pp.id, pp.slug, pp.title, pp.outcome, pp.institution_id, pp.country_id,
                                     ${NEWEST_KEYS}
                                FROM public.published_practice pp WHERE pp.region = ANY($1::region[])) x
                ORDER BY ${NEWEST_ORDER('x')} LIMIT 21) s
         ${PAGE_JOINS}
        ORDER BY ${NEWEST_ORDER('s')}`,
      [regions],
    ),
    pool.query(
      `SELECT count(*)::int AS n FROM public.published_practice pp WHERE pp.region = ANY($1::region[])`,
      [regions],
    ),
    pool.query(
      facetsSql(
        { from: 'public.published_practice pp', where: '' },
        '$1::region[]',
        null,
        '$2::int',
      ),
      [regions, facetValues],
    ),
  ]);
  return {
    total: count.rows[0].n,
    slugs: page.rows.slice(0, 20).map((r) => r.slug),
    facetTotal: sum(facets.rows),
    facetValues: facetValueCount(facets.rows),
  };
}

export async function rawDetail(pool: Pool, slug: string): Promise<Answer> {
  const { rows } = await pool.query(
    `SELECT pp.slug, pp.title, pp.summary, pp.in_operation_since, pp.outcome, pp.jury_text,
            json_build_object('name', i.name, 'acronym', i.acronym,
                              'country', json_build_object('code', c.code, 'name', c.name)) AS institution,
            json_build_object('code', c.code, 'name', c.name, 'region', c.region) AS country,
            (SELECT json_build_object('title', co.title, 'year', co.year, 'region', co.region,
                                      'triennium', t.start_year || '–' || t.end_year)
               FROM public.published_competition co JOIN public.triennium t ON t.id = co.triennium_id
              WHERE co.id = pp.competition_id) AS competition,
            (SELECT json_agg(json_build_object('slug', a.slug, 'name', a.name) ORDER BY ppa.position)
               FROM public.practice_priority_area ppa JOIN public.priority_area a ON a.id = ppa.priority_area_id
              WHERE ppa.practice_id = pp.id) AS areas,
            (SELECT json_agg(json_build_object('key', s.key, 'body', s.body) ORDER BY s.key)
               FROM public.practice_section s WHERE s.practice_id = pp.id) AS sections,
            (SELECT json_agg(json_build_object('kind', l.kind, 'text', l.text) ORDER BY l.kind, l.position)
               FROM public.practice_lesson l WHERE l.practice_id = pp.id) AS lessons,
            (SELECT json_agg(json_build_object('group', f.group_label, 'label', f.label, 'value', f.value,
                                               'before', f.before_value, 'after', f.after_value, 'unit', f.unit)
                             ORDER BY f.position)
               FROM public.practice_figure f WHERE f.practice_id = pp.id) AS figures
       FROM public.published_practice pp
       JOIN public.institution i ON i.id = pp.institution_id
       JOIN public.country c ON c.id = pp.country_id
      WHERE pp.slug = $1`,
    [slug],
  );
  return {
    total: rows.length,
    slugs: rows.map((r) => r.slug),
    facetTotal: null,
    facetValues: null,
  };
}

/** One page of `first` rows of a text search in relevance order, after the key `after`. */
export async function rawPage(
  pool: Pool,
  q: string,
  first: number,
  after: [number, string] | null,
): Promise<Answer> {
  const params: unknown[] = [q, first + 1];
  // The rank is double precision; a cursor rounded to real would repeat or skip rows at the
  // page boundary (ours does that today: practice-search.repository.ts casts it to real).
  const keyset = after ? `AND (-(${RANK}), pp.id) > ($3::float8, $4::uuid)` : '';
  if (after) params.push(...after);
  const { rows } = await pool.query(
    `SELECT s.slug, s.title, s.k0, s.id, i.name AS institution, c.code AS country,
            ts_headline('english', coalesce(s.summary, s.title), s.tsq, ${HEADLINE_OPTIONS}) AS highlight
       FROM (SELECT pp.id, pp.slug, pp.title, pp.summary, pp.institution_id, pp.country_id, tsq,
                    -(${RANK}) AS k0
               FROM public.published_practice pp, websearch_to_tsquery('english', $1) AS tsq
              WHERE pp.search_vector @@ tsq ${keyset}
              ORDER BY k0, pp.id LIMIT $2) s
       ${PAGE_JOINS}
      ORDER BY s.k0, s.id`,
    params,
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    total: null,
    slugs: page.map((r) => r.slug),
    facetTotal: null,
    facetValues: null,
    last: last ? [last.k0, last.id] : undefined,
  };
}

/** The key (negated rank, id) of the `n`th row of a text search in relevance order. */
export async function rawKeyAt(pool: Pool, q: string, n: number): Promise<[number, string]> {
  const { rows } = await pool.query(
    `SELECT -(${RANK}) AS k0, pp.id
       FROM public.published_practice pp, websearch_to_tsquery('english', $1) AS tsq
      WHERE pp.search_vector @@ tsq
      ORDER BY k0, pp.id OFFSET $2 LIMIT 1`,
    [q, n - 1],
  );
  if (!rows[0]) throw new Error(`"${q}" matches fewer than ${n} practices.`);
  return [rows[0].k0, rows[0].id];
}
