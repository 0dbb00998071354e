import { readdirSync } from 'node:fs';
import pg from 'pg';
import { createLogger, openDatabase, SeedService } from '../lib/api.js';
import { SEED_DIR, SEED_FILE } from '../lib/paths.js';
import { readSeedText } from './corpus.js';
import { PracticeTextWriter } from './practice-text.js';
import { loadPractices } from './practices.js';
import { Rng } from './random.js';
import {
  institutionCount,
  loadCompetitions,
  loadCountries,
  loadInstitutions,
} from './reference-data.js';
import { createIndexes, dropSecondaryIndexes } from './indexes.js';
import {
  computeSearchVectors,
  createSearchIndex,
  dropSearchIndex,
  uuidRanges,
} from './search-vectors.js';

export interface GenerateOptions {
  url: string;
  practices: number;
  /** The random seed: the same seed and size give the same dataset. */
  seed?: number;
  batchSize?: number;
  log?: (message: string) => void;
}

export interface GenerationReport {
  practices: number;
  seed: number;
  countries: number;
  institutions: number;
  competitions: number;
  rows: Record<string, number>;
  seconds: {
    reference: number;
    insert: number;
    vectors: number;
    index: number;
    analyze: number;
    total: number;
  };
  /**
   * Seconds of each step of the index phase; the two of each pair run side by side on two
   * connections (searchVectorIndex with practiceSearch, then practiceSearchIndexes with
   * searchAssist).
   */
  indexSteps: {
    searchVectorIndex: number;
    practiceSearch: number;
    practiceSearchIndexes: number;
    searchAssist: number;
  };
  /** Practices per second of each phase, and of the whole (insert + vectors + index + analyze). */
  rates: { insert: number; insertRows: number; vectors: number; total: number };
}

/** Seconds that `run` takes. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

const PART_TABLES = [
  'practice_priority_area',
  'practice_section',
  'practice_lesson',
  'practice_figure',
  'decision',
];
const PART_TRIGGERS: [string, string][] = [
  ['practice', 'practice_search_refresh'],
  ['practice_section', 'practice_section_touch'],
  ['practice_lesson', 'practice_lesson_touch'],
  ['practice_figure', 'practice_figure_touch'],
];

/**
 * Fills the database at `url` (created beforehand) with the API's schema, the real seed and
 * `practices` synthetic entries. Returns null when the database already holds a generated
 * dataset (see bench_meta.dataset); refuses a database that holds anything else.
 */
export async function generateDataset(options: GenerateOptions): Promise<GenerationReport | null> {
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const database = await openDatabase({
    url: options.url,
    dataDir: undefined,
    poolSize: 2,
    logger: createLogger('warn'),
    logSql: false,
  });
  let seedCompetitions: number;
  try {
    const seeds = new SeedService(database.dataSource);
    if (await seeds.isEmpty()) await seeds.loadDirectory(SEED_DIR);
    seedCompetitions = (
      await database.dataSource.query(`SELECT count(*)::int AS n FROM competition`)
    )[0].n;
  } finally {
    await database.close();
  }

  const pool = new pg.Pool({
    connectionString: options.url,
    max: 3,
    application_name: 'gpa-bench-data',
  });
  const [a, b, c] = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
  try {
    const marker = await a.query(`SELECT to_regclass('bench_meta.dataset') IS NOT NULL AS present`);
    if (marker.rows[0].present) return null;
    const seedFiles = readdirSync(SEED_DIR).filter((f) => f.endsWith('.json')).length;
    if (seedCompetitions > seedFiles) {
      throw new Error(
        'The database holds data other than the seed (an interrupted generation?). Run again with --reset.',
      );
    }

    const rng = new Rng(seed);
    const writer = new PracticeTextWriter(readSeedText(SEED_FILE), rng);
    const countries = await loadCountries(a);
    const institutions = await loadInstitutions(
      a,
      rng,
      institutionCount(options.practices),
      countries,
    );
    const competitions = await loadCompetitions(a, rng);
    const areas: { id: string; slug: string; weight: number }[] = (
      await a.query(
        `SELECT a.id, a.slug, count(ppa.practice_id) + 2 AS weight
           FROM priority_area a LEFT JOIN practice_priority_area ppa ON ppa.priority_area_id = a.id
          GROUP BY a.id, a.slug ORDER BY a.slug`,
      )
    ).rows.map((r) => ({ ...r, weight: Number(r.weight) }));
    const takenSlugs = new Set<string>(
      (await a.query(`SELECT slug FROM practice`)).rows.map((r) => r.slug),
    );
    const referenceDone = performance.now();
    log(
      `reference data: ${countries.length} countries, ${institutions.length} institutions, ${competitions.length} competitions`,
    );

    // Triggers and foreign-key checks off for these sessions only (superuser): a crash leaves
    // the schema as it was. Otherwise the search triggers are disabled table by table.
    const replica = await Promise.all(
      [a, b, c].map((conn) =>
        conn.query(`SET session_replication_role = replica`).then(
          () => true,
          () => false,
        ),
      ),
    );
    const parallel = replica.every(Boolean);
    if (!parallel) {
      for (const [table, trigger] of PART_TRIGGERS)
        await a.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    }
    let timings: Omit<GenerationReport['seconds'], 'reference' | 'total' | 'analyze'>;
    let steps: GenerationReport['indexSteps'];
    try {
      await dropSearchIndex(a);
      // Room on each page for the vector update to write the new version next to the old one
      // (a HOT update): no index entries to add, about a third faster than a cold update.
      await a.query(`ALTER TABLE practice SET (fillfactor = 30)`);
      const insertStart = performance.now();
      let reported = 0;
      await loadPractices(
        parallel ? [a, b] : [a, a],
        rng,
        writer,
        { competitions, institutions, areas, takenSlugs },
        {
          practices: options.practices,
          batchSize: options.batchSize ?? 2500,
          onProgress: (done) => {
            if (done - reported >= options.practices / 10) {
              reported = done;
              log(`  ${done} practices inserted`);
            }
          },
        },
      );
      const insertDone = performance.now();
      const ranges = uuidRanges(parallel ? 2 : 1);
      await Promise.all(ranges.map((range, i) => computeSearchVectors([a, c][i]!, range)));
      const vectorsDone = performance.now();
      await a.query(`ALTER TABLE practice RESET (fillfactor)`);
      // The triggers that keep practice_search (the API's search table) current were off during
      // the load: copy every published practice into it in one statement, its secondary
      // indexes dropped and built afterwards, while the other connection builds the GIN index
      // of practice.search_vector (both only read practice).
      const searchTableIndexes = await dropSecondaryIndexes(a, 'practice_search');
      const [searchVectorIndex, practiceSearch] = await Promise.all([
        timed(() => createSearchIndex(c)),
        timed(() => a.query(`SELECT practice_search_sync(NULL)`)),
      ]);
      // Then practice_search's indexes on one connection and, on the other, the type-ahead
      // entries and the word list of "did you mean", whose triggers on practice_search were off
      // too (search_assist_sync drops and re-creates the indexes of its own tables).
      const [practiceSearchIndexes, searchAssist] = await Promise.all([
        timed(() => createIndexes(c, searchTableIndexes)),
        timed(async () => {
          await a.query(`SET maintenance_work_mem = '1GB'`);
          await a.query(`SELECT search_assist_sync()`);
          await a.query(`RESET maintenance_work_mem`);
        }),
      ]);
      const indexDone = performance.now();
      timings = {
        insert: (insertDone - insertStart) / 1000,
        vectors: (vectorsDone - insertDone) / 1000,
        index: (indexDone - vectorsDone) / 1000,
      };
      steps = { searchVectorIndex, practiceSearch, practiceSearchIndexes, searchAssist };
    } finally {
      if (!parallel) {
        for (const [table, trigger] of PART_TRIGGERS)
          await a.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
      }
      await Promise.all([a, b, c].map((conn) => conn.query(`RESET session_replication_role`)));
    }
    const analyzeStart = performance.now();
    // The load leaves one dead version per practice (the vector update); vacuum now rather
    // than let autovacuum run during a benchmark, and give the planner statistics.
    await Promise.all([
      a
        .query(`VACUUM (ANALYZE) practice`)
        .then(() => a.query(`VACUUM (ANALYZE) practice_search`))
        .then(() => a.query(`VACUUM (ANALYZE) suggest_entry`))
        .then(() => a.query(`VACUUM (ANALYZE) search_word`)),
      (async () => {
        for (const table of PART_TABLES) await c.query(`VACUUM (ANALYZE) ${table}`);
        await c.query(`ANALYZE country, institution, competition, triennium, priority_area`);
      })(),
    ]);
    const finished = performance.now();

    const rows: Record<string, number> = {};
    for (const table of ['practice', ...PART_TABLES]) {
      rows[table] = (await a.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    const seconds = {
      reference: (referenceDone - started) / 1000,
      ...timings,
      analyze: (finished - analyzeStart) / 1000,
      total: 0,
    };
    seconds.total = seconds.insert + seconds.vectors + seconds.index + seconds.analyze;
    const insertedRows = Object.values(rows).reduce((x, y) => x + y, 0);
    const report: GenerationReport = {
      practices: options.practices,
      seed,
      countries: countries.length,
      institutions: institutions.length,
      competitions: competitions.length,
      rows,
      seconds,
      indexSteps: steps,
      rates: {
        insert: options.practices / seconds.insert,
        insertRows: insertedRows / seconds.insert,
        vectors: rows.practice! / seconds.vectors,
        total: options.practices / seconds.total,
      },
    };
    await a.query(`CREATE SCHEMA IF NOT EXISTS bench_meta`);
    await a.query(
      `CREATE TABLE bench_meta.dataset (generated_at timestamptz NOT NULL DEFAULT now(), report jsonb NOT NULL)`,
    );
    await a.query(`INSERT INTO bench_meta.dataset (report) VALUES ($1)`, [JSON.stringify(report)]);
    return report;
  } finally {
    a.release();
    b.release();
    c.release();
    await pool.end();
  }
}
