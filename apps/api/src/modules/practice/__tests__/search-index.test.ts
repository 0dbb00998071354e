import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { graphql, startTestServer } from '../../../testing/test-server.js';
import { practiceQuery } from '../practice-query.js';
import { PracticeSearchRepository } from '../practice-search.repository.js';
import { encodeCursor } from '../../../graphql/connection.js';
import { IndexedSearch } from '../search-index/indexed-search.js';
import { PracticeSearchIndex } from '../search-index/practice-search-index.js';
import { type SearchSnapshot, TITLE_BONUS } from '../search-index/search-snapshot.js';
import { parseTsQuery, positiveLexemes } from '../search-index/tsquery.js';
import { readTsVector } from '../search-index/tsvector.js';

let server: RunningServer;
let sql: PracticeSearchRepository;
let snapshot: SearchSnapshot;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', PUBLIC_CACHE_ENTRIES: '0' });
  sql = new PracticeSearchRepository(server.database.dataSource);
  snapshot = (await server.searchIndex.snapshot())!;
});
afterAll(async () => {
  await server?.close();
});

const TEXTS = [
  null,
  'mobile',
  'pension',
  'mobile or pension',
  'service -mobile',
  '"mobile services"',
  '"social security" contributions',
  '-pension',
  'the',
  'telepathy',
  'workers',
];
const FILTERS: Record<string, unknown>[] = [
  {},
  { regions: ['ASIA_PACIFIC'] },
  { countryCodes: ['IR', 'KR', 'XX'] },
  { priorityAreaSlugs: ['service-quality'], outcomes: ['AWARD', 'CERTIFICATE_OF_MERIT'] },
  { years: [2018, 2017], institutionSlugs: ['iranian-social-security-organization'] },
  { countryCodes: ['XX'] },
  // Several facets of a place (region, country, institution) and of a kind (areas, outcome,
  // year) selected at once: each facet's counts apply the other selections of its group too.
  {
    regions: ['ASIA_PACIFIC', 'EUROPE'],
    countryCodes: ['IR', 'KR', 'CN'],
    priorityAreaSlugs: ['service-quality', 'information-and-communication-technology'],
    years: [2018],
  },
  {
    countryCodes: ['KR', 'IR'],
    institutionSlugs: ['iranian-social-security-organization'],
    outcomes: ['AWARD', 'CERTIFICATE_OF_MERIT'],
    priorityAreaSlugs: ['service-quality'],
  },
];

/**
 * Runs `body` with every rebuild of the server's index delayed by 1.5 s (longer than a search
 * waits for one); `built()` tells how many delayed rebuilds have finished so far.
 */
async function slowRebuilds(body: (built: () => number) => Promise<void>) {
  const index = server.searchIndex as unknown as { build: () => Promise<unknown> };
  const build = index.build.bind(index);
  let finished = 0;
  index.build = () =>
    new Promise((r) => setTimeout(r, 1500)).then(build).finally(() => {
      finished += 1;
    });
  try {
    await body(() => finished);
  } finally {
    index.build = build;
  }
}

/** The uuid inside a GraphQL global id. */
const localId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

async function allPages(
  searcher: Pick<PracticeSearchRepository, 'page'>,
  query: ReturnType<typeof practiceQuery>,
  first: number,
) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: Awaited<ReturnType<PracticeSearchRepository['page']>> = await searcher.page(
      query,
      first,
      after,
    );
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage) break;
    after = page.rows.at(-1)!.cursor;
  }
  return ids;
}

describe('the in-memory search index', () => {
  it('counts and facets exactly as the SQL over practice_search, for every query and filter', async () => {
    for (const text of TEXTS) {
      for (const filter of FILTERS) {
        const query = practiceQuery({ text, filter });
        const indexed = new IndexedSearch(snapshot, sql);
        const label = JSON.stringify({ text, filter });
        expect(await indexed.count(query), label).toBe(await sql.count(query));
        // The same values in the same display order (facet-order.ts).
        expect(await indexed.facets(query), label).toEqual(await sql.facets(query));
      }
    }
  });

  it('lists the same practices in the same order as the SQL, page after page, for newest and title', async () => {
    for (const text of ['pension', null, 'mobile or pension']) {
      for (const sort of ['NEWEST', 'TITLE'] as const) {
        for (const filter of FILTERS.slice(0, 4)) {
          const query = practiceQuery({ text, filter, sort });
          const label = JSON.stringify({ text, filter, sort });
          const expected = await allPages(sql, query, 100);
          expect(await allPages(new IndexedSearch(snapshot, sql), query, 7), label).toEqual(
            expected,
          );
        }
      }
    }
  });

  it('pages by relevance through every match once, title matches first', async () => {
    for (const text of TEXTS.filter((t): t is string => !!t)) {
      const query = practiceQuery({ text });
      const ids = await allPages(new IndexedSearch(snapshot, sql), query, 4);
      expect(new Set(ids).size, text).toBe(ids.length);
      expect(new Set(ids), text).toEqual(new Set(await allPages(sql, query, 100)));
    }
    const { rows } = await new IndexedSearch(snapshot, sql).page(
      practiceQuery({ text: 'mobile' }),
      10,
      null,
    );
    const inTitle = rows.map((r) => /mobile/i.test(r.title));
    // Every title that mentions mobile comes before every one that does not.
    expect(inTitle.indexOf(false)).toBe(inTitle.lastIndexOf(true) + 1);
    expect(inTitle.filter(Boolean).length).toBeGreaterThanOrEqual(5);
  });

  it('scores several words as the sum of what each word adds, plus the bonus of a title matching them all', async () => {
    for (const text of [
      'mobile services',
      'pension or contributions',
      'social security workers',
      'service -mobile',
    ]) {
      const tree = parseTsQuery(await sql.parseQuery(text))!;
      const lexemes = positiveLexemes(tree);
      const docs = snapshot.evaluate(tree);
      expect(docs.length, text).toBeGreaterThan(0);
      const scores = snapshot.score(tree, lexemes, docs);
      const inTitle = (list: Uint32Array) => new Set(list);
      const expected = new Float64Array(docs.length);
      for (const lexeme of lexemes) {
        const term = { kind: 'term', lexeme } as const;
        // One word's score over its own matches: what it adds, plus the bonus where the title
        // holds it.
        const own = snapshot.evaluate(term);
        const alone = snapshot.score(term, new Set([lexeme]), own);
        const titled = inTitle(snapshot.evaluate(term, true));
        const adds = new Map(
          Array.from(own, (doc, i) => [doc, alone[i]! - (titled.has(doc) ? TITLE_BONUS : 0)]),
        );
        docs.forEach((doc, i) => (expected[i]! += adds.get(doc) ?? 0));
      }
      const titled = inTitle(snapshot.evaluate(tree, true));
      docs.forEach((doc, i) => {
        expect(scores[i], `${text}: document ${doc}`).toBeCloseTo(
          expected[i]! + (titled.has(doc) ? TITLE_BONUS : 0),
          4,
        );
      });
    }
  });

  it('ranks one word by its postings (and a frequent word by its kept order) as the general path ranks it', async () => {
    // Every word keeps a relevance order in this snapshot: the seeded data has no frequent word.
    const ordered = (await new PracticeSearchIndex(
      server.database.dataSource,
      server.version,
      undefined,
      { count: 0, share: 0 },
    ).snapshot())!;
    for (const word of ['mobil', 'servic', 'pension', 'social', 'secur', 'zzzz']) {
      const tree = { kind: 'term', lexeme: word } as const;
      const lexemes = new Set([word]);
      const docs = snapshot.evaluate(tree);
      // A copy of the matches is not the posting list itself: the general path scores them.
      const general = { docs: docs.slice(), scores: snapshot.score(tree, lexemes, docs) };
      for (const filter of [{}, { regions: ['ASIA_PACIFIC'] }]) {
        const query = practiceQuery({ text: word, filter });
        const all = snapshot.page(query, general, docs.length, null);
        const label = JSON.stringify({ word, filter });
        const fast = snapshot.matches(tree, lexemes, docs);
        if (word !== 'zzzz') expect(fast.word, word).toBeDefined();
        expect(snapshot.page(query, fast, docs.length, null), label).toEqual(all);
        const kept = ordered.matches(tree, lexemes, ordered.evaluate(tree));
        if (word !== 'zzzz') expect(kept.word?.byRelevance, word).toBeDefined();
        expect(ordered.page(query, kept, docs.length, null), label).toEqual(all);
        // Page after page from each one's cursor: the same hits.
        for (let k = 1; k < all.length; k += 5) {
          const at = all[k - 1]!;
          const after = encodeCursor({
            order: 'RELEVANCE',
            key: snapshot.key('RELEVANCE', at.doc, at.score),
          });
          expect(ordered.page(query, kept, 3, after), `${label} after ${k}`).toEqual(
            all.slice(k, k + 4),
          );
        }
      }
      if (word !== 'zzzz') expect(docs.length, word).toBeGreaterThan(0);
    }
    // A title match outranks any number of body matches.
    const tree = { kind: 'term', lexeme: 'mobil' } as const;
    const scores = snapshot.score(tree, new Set(['mobil']), snapshot.evaluate(tree));
    expect(Math.max(...scores)).toBeGreaterThan(10);
  });

  it('marks the words of the query in each snippet, as ts_headline does, in at most two fragments', async () => {
    // The marked words as English stems: two snippets may mark "service" and "services".
    const marked = async (h: string | null) => {
      const words = Array.from((h ?? '').matchAll(/<mark>(.*?)<\/mark>/g), (m) => m[1]!);
      if (!words.length) return new Set<string>();
      const rows: { stem: string }[] = await server.database.dataSource.query(
        `SELECT DISTINCT coalesce((ts_lexize('english_stem', lower(w)))[1], lower(w)) AS stem
           FROM unnest($1::text[]) w`,
        [words],
      );
      return new Set(rows.map((r) => r.stem));
    };
    for (const text of ['mobile services', 'pension or contributions', 'workers -pension']) {
      const query = practiceQuery({ text, sort: 'NEWEST' });
      const ours = await new IndexedSearch(snapshot, sql).page(query, 20, null);
      const theirs = await sql.page(query, 20, null);
      expect(ours.rows.map((r) => r.id)).toEqual(theirs.rows.map((r) => r.id));
      for (const [i, row] of ours.rows.entries()) {
        const expected = await marked(theirs.rows[i]!.highlight);
        const got = await marked(row.highlight);
        // The same words are found; the fragments may be cut elsewhere.
        for (const word of got) expect(expected, `${text}: ${word}`).toContain(word);
        if (expected.size) expect(got.size, `${text}: ${row.slug}`).toBeGreaterThan(0);
        expect(row.highlight!.split(' … ').length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('refuses a cursor of another list with a stable code', async () => {
    const indexed = new IndexedSearch(snapshot, sql);
    const newest = await indexed.page(practiceQuery({ text: 'pension', sort: 'NEWEST' }), 2, null);
    await expect(
      indexed.page(practiceQuery({ text: 'pension' }), 2, newest.rows[1]!.cursor),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const forged = Buffer.from(JSON.stringify(['RELEVANCE', 'x', 1, 2, 3])).toString('base64url');
    await expect(indexed.page(practiceQuery({ text: 'pension' }), 2, forged)).rejects.toMatchObject(
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  });

  it('keeps paging stable when a practice is published between two pages', async () => {
    const query = `query ($after: String) {
      practices(query: "pension", sort: NEWEST, first: 3, after: $after) {
        nodes { id } pageInfo { endCursor }
      }
    }`;
    const first = await graphql(server, query);
    const seen: string[] = first.data!.practices.nodes.map((n: { id: string }) => n.id);
    // A new version of public data: the index is rebuilt before the next page is answered.
    const builds = server.searchIndex.builds;
    await server.database.dataSource.query(
      `UPDATE practice SET title = title || ' (pension)' WHERE id = (
         SELECT id FROM published_practice ORDER BY year, id LIMIT 1)`,
    );
    const second = await graphql(server, query, {
      after: first.data!.practices.pageInfo.endCursor,
    });
    expect(server.searchIndex.builds).toBe(builds + 1);
    // (Seen once in CI on PGlite, not reproduced: a page-one id again on page two. The message
    // carries both pages and cursors for whoever sees it next.)
    const label = JSON.stringify({ first: first.data, second: second.data });
    for (const node of second.data!.practices.nodes as { id: string }[]) {
      expect(seen, label).not.toContain(node.id);
    }
  });

  it('sees a withdrawn publication at the very next search, in every count and facet', async () => {
    const search = `{ practices(query: "mobile") { totalCount nodes { id } facets { years { value count } } } }`;
    const before = await graphql(server, search);
    const hidden = before.data!.practices.nodes[0].id as string;
    const [{ id, competition_id }] = await server.database.dataSource.query(
      `SELECT p.id, p.competition_id FROM practice p JOIN published_practice pp ON pp.id = p.id
        WHERE pp.slug = (SELECT slug FROM published_practice ORDER BY year DESC LIMIT 1)`,
    );
    expect(id).toBeTruthy();
    await server.database.dataSource.query(
      `UPDATE competition SET status = 'DECIDED' WHERE id = $1`,
      [competition_id],
    );
    try {
      const after = await graphql(server, search);
      expect(after.data!.practices.totalCount).toBeLessThan(before.data!.practices.totalCount);
      expect(after.data!.practices.nodes.map((n: { id: string }) => n.id)).not.toContain(hidden);
      const years = after.data!.practices.facets.years as { value: string; count: number }[];
      expect(years.reduce((n, y) => n + y.count, 0)).toBe(after.data!.practices.totalCount);
    } finally {
      await server.database.dataSource.query(
        `UPDATE competition SET status = 'PUBLISHED' WHERE id = $1`,
        [competition_id],
      );
    }
  });

  it('is rebuilt only when what it holds changes: not for a new institution or a draft', async () => {
    const ds = server.database.dataSource;
    const searchVersion = async () =>
      (await ds.query(`SELECT search_version::text AS v FROM public_data_version`))[0].v as string;
    const before = await searchVersion();
    const [country] = await ds.query(`SELECT id FROM country LIMIT 1`);
    await ds.query(
      `INSERT INTO institution (id, name, slug, country_id) VALUES (gen_random_uuid(), 'Index Test Fund', 'index-test-fund', $1)`,
      [country.id],
    );
    await ds.query(
      `UPDATE practice SET summary = summary || ' draft' WHERE id = (
         SELECT p.id FROM practice p WHERE NOT EXISTS (
           SELECT 1 FROM published_practice pp WHERE pp.id = p.id) LIMIT 1)`,
    );
    expect(await searchVersion()).toBe(before);
    // A facet label renamed: moved, and the next search shows the new name.
    const [inst] = await ds.query(
      `SELECT i.id, i.slug FROM institution i JOIN practice_search ps ON ps.institution_id = i.id LIMIT 1`,
    );
    await ds.query(`UPDATE institution SET name = 'Renamed For The Index Test' WHERE id = $1`, [
      inst.id,
    ]);
    expect(BigInt(await searchVersion())).toBeGreaterThan(BigInt(before));
    const answer = await graphql(
      server,
      `{ practices(filter: { institutionSlugs: ["${inst.slug}"] }) { facets { institutions { value label } } } }`,
    );
    expect(answer.data!.practices.facets.institutions).toContainEqual({
      value: inst.slug,
      label: 'Renamed For The Index Test',
    });
  });

  it('answers from SQL, as fresh, while a slow rebuild goes on', async () => {
    await slowRebuilds(async (built) => {
      const search = `{ practices(query: "fallbackword") { totalCount } }`;
      expect((await graphql(server, search)).data!.practices.totalCount).toBe(0);
      await server.database.dataSource.query(
        `UPDATE practice SET title = title || ' fallbackword' WHERE id = (
           SELECT id FROM published_practice ORDER BY id LIMIT 1)`,
      );
      expect((await graphql(server, search)).data!.practices.totalCount).toBe(1);
      // Answered before the rebuild it started was done.
      expect(built()).toBe(0);
    });
  });

  it('pages on from a newest or title cursor whichever of the index and the SQL answers', async () => {
    // Earlier tests changed titles: a snapshot of the data as it is now.
    const indexed = new IndexedSearch((await server.searchIndex.snapshot())!, sql);
    for (const text of ['pension', null]) {
      for (const sort of ['NEWEST', 'TITLE'] as const) {
        const query = practiceQuery({ text, sort });
        const expected = await allPages(sql, query, 100);
        // Page after page, each from the other path than the page before.
        for (const start of [0, 1]) {
          const ids: string[] = [];
          let after: string | null = null;
          for (let i = start; ; i += 1) {
            const page: Awaited<ReturnType<PracticeSearchRepository['page']>> = await (
              i % 2 ? indexed : sql
            ).page(query, 4, after);
            ids.push(...page.rows.map((r) => r.id));
            if (!page.hasNextPage) break;
            after = page.rows.at(-1)!.cursor;
          }
          expect(ids, JSON.stringify({ text, sort, start })).toEqual(expected);
        }
      }
    }
  });

  it('answers the page after a relevance cursor by the one that ranked it, index or SQL', async () => {
    const text = 'service';
    const byIndex = await allPages(
      new IndexedSearch((await server.searchIndex.snapshot())!, sql),
      practiceQuery({ text }),
      100,
    );
    const bySql = await allPages(sql, practiceQuery({ text }), 100);
    // The two rank on their own scales: pages of this size part ways by the second page.
    const parting = byIndex.findIndex((id, i) => bySql[i] !== id);
    expect(parting).toBeGreaterThanOrEqual(0);
    const size = Math.max(parting, 1);
    const ids = (answer: { data?: Record<string, any> }) =>
      answer.data!.practices.nodes.map((n: { id: string }) => localId(n.id));
    const query = `query ($after: String) {
      practices(query: "${text}", first: ${size}, after: $after) { nodes { id } pageInfo { endCursor } }
    }`;
    const first = await graphql(server, query);
    expect(ids(first)).toEqual(byIndex.slice(0, size));
    const sqlFirst = await sql.page(practiceQuery({ text }), size, null);
    await slowRebuilds(async (built) => {
      // A change to what the index holds: the next searches find it rebuilding, slowly.
      await server.database.dataSource.query(
        `UPDATE practice SET title = title WHERE id = (SELECT id FROM published_practice ORDER BY id LIMIT 1)`,
      );
      const next = await graphql(server, query, {
        after: first.data!.practices.pageInfo.endCursor,
      });
      // The index's cursor waited for the rebuilt index: the index's next page, not the SQL's.
      expect(built()).toBe(1);
      expect(ids(next)).toEqual(byIndex.slice(size, 2 * size));
    });
    // The SQL's cursor, with the index fresh: the SQL's next page.
    const next = await graphql(server, query, { after: sqlFirst.rows.at(-1)!.cursor });
    expect(ids(next)).toEqual(bySql.slice(size, 2 * size));
    expect(bySql.slice(size, 2 * size)).not.toEqual(byIndex.slice(size, 2 * size));
  });

  it('answers a page of 20 with facets in a bounded number of statements', async () => {
    const statements: string[] = [];
    const ds = server.database.dataSource;
    const original = ds.query.bind(ds);
    (ds as { query: typeof ds.query }).query = ((q: string, p?: unknown[]) => {
      statements.push(q);
      return original(q, p);
    }) as typeof ds.query;
    try {
      const answer = await graphql(
        server,
        `
          {
            practices(query: "service", filter: { regions: [ASIA_PACIFIC] }, first: 20) {
              totalCount
              nodes {
                title
                highlight
                institution {
                  name
                }
                country {
                  name
                }
                priorityAreas {
                  name
                }
              }
              facets {
                regions {
                  value
                  count
                }
                countries {
                  value
                  count
                }
                institutions {
                  value
                  count
                }
                priorityAreas {
                  value
                  count
                }
                outcomes {
                  value
                  count
                }
                years {
                  value
                  count
                }
              }
            }
          }
        `,
      );
      expect(answer.errors).toBeUndefined();
    } finally {
      (ds as { query: typeof ds.query }).query = original;
    }
    expect(statements.some((s) => /count\(\*\)/.test(s))).toBe(false);
    expect(statements.length).toBeLessThanOrEqual(6);
  });
});

describe('reading what PostgreSQL prints', () => {
  it('parses the tsquery forms websearch_to_tsquery writes', async () => {
    const ds = server.database.dataSource;
    const parse = async (text: string) => {
      const [{ q }] = await ds.query(`SELECT websearch_to_tsquery('english', $1)::text AS q`, [
        text,
      ]);
      return parseTsQuery(q);
    };
    expect(await parse('mobile services')).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', lexeme: 'mobil' },
        { kind: 'term', lexeme: 'servic' },
      ],
    });
    expect(await parse('pension or "mobile app" -fraud')).toMatchObject({ kind: 'or' });
    expect(await parse('the')).toBeNull();
    expect(await parse("o'brien's \\ (x)")).not.toBeNull();
  });

  it('reads lexemes, best weights and position counts from a tsvector', async () => {
    const [{ v }] = await server.database.dataSource.query(
      `SELECT (setweight(to_tsvector('english', 'Mobile pensions'), 'A') ||
               to_tsvector('english', 'pension pension') ||
               $$'o''brien':9C 'back\\\\slash':10B,11$$::tsvector)::text AS v`,
    );
    const seen: Record<string, [number, number]> = {};
    readTsVector(v, (lexeme, best, positions) => {
      seen[lexeme] = [best, positions];
    });
    expect(seen).toEqual({
      mobil: [0, 1],
      pension: [0, 3],
      "o'brien": [2, 1],
      'back\\slash': [1, 2],
    });
  });
});
