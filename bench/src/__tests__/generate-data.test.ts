import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type GenerationReport } from '../generator/generate.js';
import { readSeedText } from '../generator/corpus.js';
import { createLogger, openDatabase } from '../lib/api.js';
import { SEED_FILE } from '../lib/paths.js';
import { DEFAULT_SERVER, dropDatabase, ensureDatabase, serverReachable } from '../lib/databases.js';

const PRACTICES = 300;
const reachable = await serverReachable();

describe.skipIf(!reachable)('the data generator, 300 practices on a fresh database', () => {
  const url = `${DEFAULT_SERVER}/gpa_bench_test_${randomBytes(5).toString('hex')}`;
  const seedEntries = readSeedText(SEED_FILE).entries.length;
  let db: pg.Client;
  let report: GenerationReport | null;
  const one = async (sql: string) => Object.values((await db.query(sql)).rows[0])[0];

  beforeAll(async () => {
    await ensureDatabase(url, true);
    report = await generateDataset({ url, practices: PRACTICES, seed: 7 });
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await dropDatabase(url);
  });

  it('adds exactly the practices asked for to the seed, which keeps its 76 entries', async () => {
    expect(report?.practices).toBe(PRACTICES);
    expect(await one(`SELECT count(*)::int FROM practice`)).toBe(PRACTICES + seedEntries);
    expect(
      await one(`SELECT count(*)::int FROM practice p JOIN competition c ON c.id = p.competition_id
                  WHERE c.slug = 'asia-and-the-pacific-2018'`),
    ).toBe(seedEntries);
    expect(await one(`SELECT count(*)::int FROM country`)).toBeGreaterThan(150);
    expect(await one(`SELECT count(DISTINCT institution_id)::int FROM practice`)).toBeGreaterThan(
      20,
    );
  });

  it('gives every practice 1 to 3 priority areas of its triennium', async () => {
    const counts = (
      await db.query(
        `SELECT n, count(*)::int AS practices FROM (
           SELECT p.id, count(ppa.priority_area_id)::int AS n FROM practice p
             LEFT JOIN practice_priority_area ppa ON ppa.practice_id = p.id GROUP BY p.id) x
          GROUP BY n ORDER BY n`,
      )
    ).rows;
    expect(counts.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(
      await one(`SELECT count(*)::int FROM practice p
                   JOIN competition c ON c.id = p.competition_id
                   JOIN practice_priority_area ppa ON ppa.practice_id = p.id
                   LEFT JOIN triennium_priority_area tpa
                          ON tpa.triennium_id = c.triennium_id AND tpa.priority_area_id = ppa.priority_area_id
                  WHERE tpa.triennium_id IS NULL`),
    ).toBe(0);
  });

  it('computes every search vector as the search trigger does', async () => {
    expect(await one(`SELECT count(*)::int FROM practice WHERE search_vector IS NULL`)).toBe(0);
    // The same words with the same weights and frequencies. Positions may differ: the trigger
    // concatenates a practice's sections in whatever order its plan reads them.
    const words = (vector: string) =>
      `(SELECT array_agg(lexeme || ':' || array_length(positions, 1) || ':' || array_to_string(weights, '') ORDER BY lexeme)
          FROM unnest(${vector}))`;
    expect(
      await one(`SELECT count(*)::int FROM practice
                  WHERE ${words('search_vector')} IS DISTINCT FROM
                        ${words('practice_build_search_vector(id, title, summary, institution_id)')}`),
    ).toBe(0);
    expect(await one(`SELECT to_regclass('"IDX_practice_search_vector"') IS NOT NULL`)).toBe(true);
    // The triggers are on again: editing a practice recomputes its vector.
    await db.query(
      `UPDATE practice SET title = 'Zanzibar pilgrimage fund' WHERE id = (SELECT min(id::text)::uuid FROM practice)`,
    );
    expect(
      await one(
        `SELECT count(*)::int FROM practice WHERE search_vector @@ to_tsquery('english', 'zanzibar')`,
      ),
    ).toBe(1);
  });

  it('decides one Award per decided competition, and realistic shares of the other outcomes', async () => {
    const awards = (
      await db.query(
        `SELECT c.slug, count(*) FILTER (WHERE d.outcome = 'AWARD')::int AS awards
           FROM competition c JOIN practice p ON p.competition_id = c.id JOIN decision d ON d.practice_id = p.id
          GROUP BY c.slug`,
      )
    ).rows;
    expect(awards.length).toBeGreaterThan(90);
    expect(awards.filter((a) => a.awards !== 1)).toEqual([]);
    const shares = (
      await db.query(
        `SELECT outcome, count(*)::float / sum(count(*)) OVER () AS share FROM decision d
           JOIN practice p ON p.id = d.practice_id JOIN competition c ON c.id = p.competition_id
          WHERE c.slug <> 'asia-and-the-pacific-2018' GROUP BY outcome`,
      )
    ).rows;
    const share = (o: string) => shares.find((s) => s.outcome === o)?.share ?? 0;
    expect(share('CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION')).toBeGreaterThan(0.1);
    expect(share('CERTIFICATE_OF_MERIT')).toBeGreaterThan(0.25);
    expect(share('ATTESTATION')).toBeGreaterThan(0.1);
  });

  it('publishes all but a handful of competitions, and published_practice sees their practices', async () => {
    expect(await one(`SELECT count(*)::int FROM competition WHERE status <> 'PUBLISHED'`)).toBe(5);
    const inPublished = await one(
      `SELECT count(*)::int FROM practice p JOIN competition c ON c.id = p.competition_id WHERE c.status = 'PUBLISHED'`,
    );
    expect(inPublished).toBeGreaterThan(PRACTICES * 0.8);
    expect(await one(`SELECT count(*)::int FROM published_practice`)).toBe(inPublished);
    // The API's search table, where its migrations have one, holds the same published rows.
    if (await one(`SELECT to_regclass('practice_search') IS NOT NULL`)) {
      expect(await one(`SELECT count(*)::int FROM practice_search`)).toBe(inPublished);
    }
    expect(
      await one(
        `SELECT count(*)::int FROM published_practice WHERE search_vector @@ websearch_to_tsquery('english', 'social security')`,
      ),
    ).toBeGreaterThan(0);
  });

  it('fills the type-ahead entries and the word list as the triggers would have', async () => {
    // One entry per published practice, institution, country and priority area, folded as the
    // triggers fold them.
    expect(
      await one(`SELECT count(*)::int FROM (
        (SELECT kind, ref_id, label, slug, fold FROM suggest_entry
         EXCEPT ALL
         (SELECT 'PRACTICE', p.id, p.title, p.slug, search_fold(p.title)
            FROM practice_search ps JOIN practice p ON p.id = ps.practice_id
          UNION ALL
          SELECT 'INSTITUTION', id, name, slug, search_fold(concat_ws(' ', name, acronym)) FROM institution
          UNION ALL
          SELECT 'COUNTRY', id, name, code, search_fold(concat_ws(' ', sort_name, name)) FROM country
          UNION ALL
          SELECT 'PRIORITY_AREA', id, name, slug, search_fold(name) FROM priority_area))) x`),
    ).toBe(0);
    expect(await one(`SELECT count(*)::int FROM suggest_entry`)).toBe(
      await one(`SELECT ((SELECT count(*) FROM practice_search) + (SELECT count(*) FROM institution)
                      + (SELECT count(*) FROM country) + (SELECT count(*) FROM priority_area))::int`),
    );
    // The words the trigger takes from each published practice (the filter word by word).
    const expected = `SELECT DISTINCT w FROM practice_search n
        JOIN practice p ON p.id = n.practice_id
        JOIN institution i ON i.id = p.institution_id
        JOIN country c ON c.id = i.country_id,
             unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', p.title, p.summary, i.name, c.name)))) w
       WHERE w ~ '^[[:alpha:]]{3,40}$' AND to_tsvector('english', w) <> ''::tsvector`;
    // The words themselves on a mismatch, not just how many.
    const mismatched = await db.query(
      `SELECT 'extra' AS kind, word FROM (SELECT word FROM search_word EXCEPT (${expected})) x
       UNION ALL SELECT 'missing', w FROM ((${expected}) EXCEPT SELECT word FROM search_word) y(w)`,
    );
    expect(mismatched.rows).toEqual([]);
    expect(await one(`SELECT count(*)::int FROM search_word`)).toBeGreaterThan(1000);
  });

  it('leaves the indexes and table options of a freshly migrated database', async () => {
    // Indexes were dropped and built again around the bulk statements, fillfactor changed and
    // reset: the schema must end as the migrations make it.
    const schema = async (client: pg.Client) =>
      (
        await client.query(
          `SELECT c.relname, c.reloptions::text AS options,
                  (SELECT array_agg(pg_get_indexdef(x.indexrelid) || CASE WHEN x.indisvalid THEN '' ELSE ' INVALID' END
                           ORDER BY pg_get_indexdef(x.indexrelid))
                     FROM pg_index x WHERE x.indrelid = c.oid)::text AS indexes
             FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
            ORDER BY c.relname`,
        )
      ).rows;
    const freshUrl = `${url}_schema`;
    await ensureDatabase(freshUrl, true);
    try {
      const fresh = await openDatabase({
        url: freshUrl,
        dataDir: undefined,
        poolSize: 1,
        logger: createLogger('warn'),
        logSql: false,
      });
      await fresh.close();
      const client = new pg.Client({ connectionString: freshUrl });
      await client.connect();
      try {
        const migrated = await schema(client);
        expect(migrated.map((r) => r.relname)).toEqual(
          expect.arrayContaining(['practice', 'practice_search', 'suggest_entry', 'search_word']),
        );
        expect(await schema(db)).toEqual(migrated);
      } finally {
        await client.end();
      }
    } finally {
      await dropDatabase(freshUrl);
    }
  });

  it('leaves an existing dataset as it is when run again', async () => {
    expect(await generateDataset({ url, practices: PRACTICES, seed: 7 })).toBeNull();
    expect(await one(`SELECT count(*)::int FROM practice`)).toBe(PRACTICES + seedEntries);
  });
});
