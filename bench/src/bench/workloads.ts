/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely. */
import { type Pool } from 'pg';
import { OURS, POSTGRAPHILE } from './graphql.js';
import { graphqlRequest } from './processes.js';
import {
  type Answer,
  facetValueCount,
  rawBrowse,
  rawDetail,
  rawKeyAt,
  rawPage,
  rawSearch,
} from './raw-sql.js';

/**
 * The terms the generator's vocabulary makes rare (~0.3% of entries), two-word (~8%, both
 * words) and common (~63%). Fixed, so that runs at every size and after every change measure
 * the same queries; the report prints how many rows each matches.
 */
export const TERMS = { rare: 'freelance', twoWord: 'mobile app', common: 'workers' } as const;
/** W1's two filters (one facet with two values, another with one); W2's one filter. */
export const SEARCH_FILTER = { regions: ['ASIA_PACIFIC', 'EUROPE'], areas: ['service-quality'] };
export const BROWSE_FILTER = { regions: ['EUROPE'] };
/**
 * How many values of each facet W1 and W2 ask for (the selected ones come too), with how many
 * there are in all: what the explorer's search page asks for (it shows 8, "Show all (N)" for the
 * rest). `--facet-values all` asks for every value, as sessions 1–9 measured.
 */
export const FACET_VALUES = 8;
/** `--facet-values N | all` as the bench and the cpu tool read it: null for every value. */
export function facetValuesOption(args: {
  string: (name: string) => string | undefined;
  int: (name: string, fallback: number) => number;
}): number | null {
  return args.string('facet-values') === 'all' ? null : args.int('facet-values', FACET_VALUES);
}
const facetsShown = (n: number | null) => (n === null ? ', all values' : `, first ${n} values`);
/** W3 cycles through this many practices, W4 fetches this page of 20. */
export const DETAIL_SLUGS = 200;
export const PAGE_NUMBER = 50;

export const WORKLOAD_IDS = ['w1-rare', 'w1-two-word', 'w1-common', 'w2', 'w3', 'w4'] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];
export type HttpTarget = 'ours' | 'postgraphile';

export interface Workload {
  id: WorkloadId;
  title: string;
  /** Rows in the scope the SQL must read (text matches, or the browsed set) → rows in the answer's total. */
  matches: string;
  http: Record<HttpTarget, { bodies: string[]; answer: (json: any) => Answer }>;
  /** The obvious design's hand-written SQL for the same answer. */
  obvious: { variants: number; run: (pool: Pool, variant: number) => Promise<Answer> };
}

const body = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });
const sumFacets = (facets: Record<string, { count: number }[]>) =>
  Object.values(facets).reduce((n, values) => n + values.reduce((m, v) => m + v.count, 0), 0);

const oursList = (json: any): Answer => {
  const { valueCounts, ...lists } = json.data.practices.facets;
  return {
    total: json.data.practices.totalCount ?? null,
    slugs: json.data.practices.nodes.map((n: any) => n.slug),
    facetTotal: sumFacets(lists),
    facetValues: Object.values(valueCounts as Record<string, number>).reduce((n, v) => n + v, 0),
  };
};
const pgList =
  (field: string, facets: string | null) =>
  (json: any): Answer => ({
    total: json.data[field].totalCount ?? null,
    slugs: json.data[field].nodes.map((n: any) => n.slug),
    facetTotal: facets
      ? json.data[facets].nodes.reduce((n: number, f: any) => n + f.count, 0)
      : null,
    facetValues: facets ? facetValueCount(json.data[facets].nodes) : null,
  });

async function count(pool: Pool, where: string, params: unknown[]): Promise<number> {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM published_practice pp WHERE ${where}`,
    params,
  );
  return rows[0].n;
}

function searchWorkload(
  id: WorkloadId,
  label: string,
  q: string,
  scope: number,
  hits: number,
  facetValues: number | null,
): Workload {
  const { regions, areas } = SEARCH_FILTER;
  return {
    id,
    title: `W1 ${label} "${q}", 2 filters, 6 facets${facetsShown(facetValues)}`,
    matches: `${scope} → ${hits}`,
    http: {
      ours: { bodies: [body(OURS.search, { q, regions, areas, facetValues })], answer: oursList },
      postgraphile: {
        bodies: [body(POSTGRAPHILE.search, { q, regions, areas, facetValues })],
        answer: pgList('searchPractices', 'searchFacets'),
      },
    },
    obvious: { variants: 1, run: (pool) => rawSearch(pool, q, regions, areas, facetValues) },
  };
}

/**
 * Builds the selected workloads against the running targets: W3's practices are drawn from
 * the database (the same ones for every target), W4's cursor to page 50 is collected once per
 * target by following its own cursors (pages of 98, to get there in 10 requests).
 */
export async function buildWorkloads(
  pool: Pool,
  urls: Partial<Record<HttpTarget, string>>,
  selected: readonly WorkloadId[],
  facetValues: number | null = FACET_VALUES,
): Promise<Workload[]> {
  const workloads: Workload[] = [];
  const textScope = (q: string) =>
    count(pool, `pp.search_vector @@ websearch_to_tsquery('english', $1)`, [q]);
  const filtered = (q: string) =>
    count(
      pool,
      `pp.search_vector @@ websearch_to_tsquery('english', $1) AND pp.region = ANY($2::region[])
       AND EXISTS (SELECT 1 FROM practice_priority_area ppa JOIN priority_area a ON a.id = ppa.priority_area_id
                    WHERE ppa.practice_id = pp.id AND a.slug = ANY($3::text[]))`,
      [q, SEARCH_FILTER.regions, SEARCH_FILTER.areas],
    );
  const searches = [
    ['w1-rare', 'rare', TERMS.rare],
    ['w1-two-word', 'two-word', TERMS.twoWord],
    ['w1-common', 'common', TERMS.common],
  ] as const;
  for (const [id, label, q] of searches) {
    if (selected.includes(id))
      workloads.push(
        searchWorkload(id, label, q, await textScope(q), await filtered(q), facetValues),
      );
  }

  if (selected.includes('w2')) {
    const { regions } = BROWSE_FILTER;
    const [all, hits] = [
      await count(pool, 'true', []),
      await count(pool, 'pp.region = ANY($1::region[])', [regions]),
    ];
    workloads.push({
      id: 'w2',
      title: `W2 browse, region ${regions.join(', ')}, newest first, 6 facets${facetsShown(facetValues)}`,
      matches: `${all} → ${hits}`,
      http: {
        ours: { bodies: [body(OURS.browse, { regions, facetValues })], answer: oursList },
        postgraphile: {
          bodies: [body(POSTGRAPHILE.browse, { regions, facetValues })],
          answer: pgList('browsePractices', 'browseFacets'),
        },
      },
      obvious: { variants: 1, run: (p) => rawBrowse(p, regions, facetValues) },
    });
  }

  if (selected.includes('w3')) {
    const slugs: string[] = (
      await pool.query(`SELECT slug FROM published_practice ORDER BY md5(slug) LIMIT $1`, [
        DETAIL_SLUGS,
      ])
    ).rows.map((r) => r.slug);
    const detail =
      (field: string) =>
      (json: any): Answer => ({
        total: json.data[field] ? 1 : 0,
        slugs: json.data[field] ? [json.data[field].slug] : [],
        facetTotal: null,
        facetValues: null,
      });
    workloads.push({
      id: 'w3',
      title: `W3 detail page with all relations, ${slugs.length} practices in turn`,
      matches: `${slugs.length} slugs`,
      http: {
        ours: {
          bodies: slugs.map((slug) => body(OURS.detail, { slug })),
          answer: detail('practice'),
        },
        postgraphile: {
          bodies: slugs.map((slug) => body(POSTGRAPHILE.detail, { slug })),
          answer: detail('practiceBySlug'),
        },
      },
      obvious: { variants: slugs.length, run: (p, i) => rawDetail(p, slugs[i]!) },
    });
  }

  if (selected.includes('w4')) {
    const q = TERMS.common;
    const skip = (PAGE_NUMBER - 1) * 20;
    const cursor = async (target: HttpTarget) => {
      if (!urls[target]) return null;
      const document = target === 'ours' ? OURS.page : POSTGRAPHILE.page;
      const field = target === 'ours' ? 'practices' : 'searchPractices';
      let after: string | null = null;
      for (let done = 0; done < skip; done += 98) {
        const json = (await graphqlRequest(
          urls[target],
          body(document, { q, first: 98, after }),
        )) as any;
        after = json.data[field].pageInfo.endCursor;
      }
      return after;
    };
    const key = await rawKeyAt(pool, q, skip);
    const [oursAfter, pgAfter] = [await cursor('ours'), await cursor('postgraphile')];
    workloads.push({
      id: 'w4',
      title: `W4 page ${PAGE_NUMBER} (rows ${skip + 1}–${skip + 20}) of "${q}" by relevance`,
      matches: `${await textScope(q)}`,
      http: {
        ours: {
          bodies: [body(OURS.page, { q, first: 20, after: oursAfter })],
          answer: (json) => ({
            total: null,
            slugs: json.data.practices.nodes.map((n: any) => n.slug),
            facetTotal: null,
            facetValues: null,
          }),
        },
        postgraphile: {
          bodies: [body(POSTGRAPHILE.page, { q, first: 20, after: pgAfter })],
          answer: pgList('searchPractices', null),
        },
      },
      obvious: { variants: 1, run: (p) => rawPage(p, q, 20, key) },
    });
  }
  return workloads;
}
