import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../db/database.js';
import { SearchAssistBulkSync1795301400000 } from '../../../db/migrations/1795301400000-search-assist-bulk-sync.js';
import { fileDatabaseUrl } from '../../../testing/per-file-database.js';
import { silentLogger } from '../../../testing/test-server.js';

/**
 * search_assist_sync() rebuilds suggest_entry and search_word after a bulk load that ran with
 * triggers off (the bench's generator). Its set-based version (SearchAssistBulkSync1795301400000)
 * must leave exactly the rows the triggers write, and the rows of the version it replaced, with
 * the tables' indexes as they were. On the seeded database plus one published practice whose
 * text has accents, hyphens, apostrophes, digits, markup and stop words, added through the
 * triggers.
 */
let db: Database;

interface Tables {
  suggest: { kind: string; ref_id: string; label: string; slug: string; fold: string }[];
  words: string[];
  indexes: { name: string; definition: string; valid: boolean }[];
}

async function tables(): Promise<Tables> {
  const q = db.dataSource;
  return {
    suggest: await q.query(
      `SELECT kind, ref_id::text, label, slug, fold FROM suggest_entry ORDER BY kind, ref_id`,
    ),
    words: (await q.query(`SELECT word FROM search_word ORDER BY word COLLATE "C"`)).map(
      (r: { word: string }) => r.word,
    ),
    indexes: await q.query(
      `SELECT x.indexrelid::regclass::text AS name, pg_get_indexdef(x.indexrelid) AS definition,
              x.indisvalid AS valid
         FROM pg_index x
        WHERE x.indrelid IN ('suggest_entry'::regclass, 'search_word'::regclass)
        ORDER BY 1`,
    ),
  };
}

/** Empties search_word (the function only adds to it) and runs the rebuild. */
async function rebuild(): Promise<Tables> {
  await db.dataSource.query(`DELETE FROM search_word`);
  await db.dataSource.query(`SELECT search_assist_sync()`);
  return tables();
}

/** The function's source: which version is installed. */
async function language(): Promise<string> {
  const [row] = await db.dataSource.query(
    `SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
      WHERE p.proname = 'search_assist_sync'`,
  );
  return row.lanname;
}

let byTriggers: Tables;

beforeAll(async () => {
  // One connection: the rebuild's temporary table and a second run in the same session.
  db = await openDatabase({
    url: await fileDatabaseUrl(),
    dataDir: undefined,
    poolSize: 1,
    logger: silentLogger,
    logSql: false,
  });
  const q = db.dataSource;
  const [practice] = await q.query(
    `SELECT p.competition_id, p.institution_id FROM practice p
       JOIN competition c ON c.id = p.competition_id AND c.status = 'PUBLISHED' LIMIT 1`,
  );
  await q.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
     VALUES ('sync-check', $1, $2, $3, $4, 1)`,
    [
      practice.competition_id,
      practice.institution_id,
      'Égalité des e-services: ’Ohana co-ordination for the 2024 <b>Zyqwertian</b> pensions',
      "Les assurés d'outre-mer and Āotearoa's workers: x<y, a_b, 3rd-party e-mail a@b.org, " +
        'http://example.org/path über-naïve Straße the of and into, 12345 fünfzig.',
    ],
  );
  byTriggers = await tables();
});

afterAll(async () => {
  await db?.close();
});

describe('search_assist_sync()', () => {
  it('has something to compare: the seed and the added practice went through the triggers', () => {
    expect(byTriggers.suggest.filter((r) => r.kind === 'PRACTICE').length).toBeGreaterThan(76);
    expect(byTriggers.suggest.find((r) => r.slug === 'sync-check')?.fold).toBe(
      ' egalite des e services ohana co ordination for the 2024 b zyqwertian b pensions',
    );
    expect(byTriggers.words.length).toBeGreaterThan(1000);
    expect(byTriggers.words).toEqual(expect.arrayContaining(['zyqwertian', 'ordination']));
    expect(byTriggers.indexes).toHaveLength(6);
  });

  it('rebuilds exactly the rows the triggers wrote, with the same indexes', async () => {
    expect(await language()).toBe('plpgsql');
    const rebuilt = await rebuild();
    expect(rebuilt.suggest).toEqual(byTriggers.suggest);
    expect(rebuilt.words).toEqual(byTriggers.words);
    expect(rebuilt.indexes).toEqual(byTriggers.indexes);
    // Again in the same session (its temporary table is gone, its plans still valid).
    expect(await rebuild()).toEqual(byTriggers);
  });

  it('and the same rows as the version it replaced', async () => {
    const migration = new SearchAssistBulkSync1795301400000();
    const migrate = async (step: 'up' | 'down') => {
      const runner = db.dataSource.createQueryRunner();
      try {
        await migration[step](runner);
      } finally {
        await runner.release();
      }
    };
    await migrate('down');
    expect(await language()).toBe('sql');
    const previous = await rebuild();
    await migrate('up');
    expect(await language()).toBe('plpgsql');
    expect(await rebuild()).toEqual(previous);
    expect(previous).toEqual(byTriggers);
  });

  it('keeps the type-ahead and the trigram lookups working on the re-created indexes', async () => {
    await rebuild();
    const q = db.dataSource;
    const [{ n }] = await q.query(
      `SELECT count(*)::int AS n FROM suggest_entry WHERE kind = 'PRACTICE' AND fold LIKE '% zyqwert%'`,
    );
    expect(n).toBe(1);
    const [nearest] = await q.query(
      `SELECT word FROM search_word ORDER BY word <-> 'zyqwertien' LIMIT 1`,
    );
    expect(nearest.word).toBe('zyqwertian');
  });
});
