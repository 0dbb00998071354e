import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type PublicDataVersion } from '../../catalog/public-data-version.js';
import {
  type IndexRow,
  type Label,
  RELEVANCE_ORDER_MIN,
  type SearchSnapshot,
  SnapshotBuilder,
} from './search-snapshot.js';

const BATCH = 2000;
/** How long a search waits for a rebuild before answering from SQL instead. */
const WAIT_MS = 1000;

/** The promise's value if it settles within `ms`; undefined if not or if it fails. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return Promise.resolve(undefined);
  if (ms === Infinity) return promise.catch(() => undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/**
 * The in-memory search index of one API process: a SearchSnapshot of practice_search (published
 * practices only) at the current public_data_version.search_version. Every search asks for a
 * version read that started after it arrived (shared with the response cache); when the data has
 * moved, the snapshot is rebuilt (requests together share one build) and the search waits for it
 * up to WAIT_MS, or is answered by SQL: a search never answers from data older than a committed
 * change, in any process. A build reads everything in one REPEATABLE READ transaction, so the
 * snapshot is exactly one version.
 *
 * The search version moves when something is published, corrected or unpublished, or a facet
 * label is renamed (migration 1795301410000), a few times a year; not with drafts, juries or new
 * institutions. A rebuild takes seconds per 100,000 practices (docs/benchmarks.md).
 */
export class PracticeSearchIndex {
  private current: SearchSnapshot | null = null;
  private building: Promise<SearchSnapshot> | null = null;
  builds = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly version: PublicDataVersion,
    private readonly logger?: Logger,
    /** Which words keep a relevance order (tests lower it to cover that path on little data). */
    private readonly relevanceOrderMin = RELEVANCE_ORDER_MIN,
  ) {}

  /**
   * Called once a new snapshot is in use (server.ts: a full garbage collection after a large
   * build, which leaves the heap several times the snapshot's size in garbage).
   */
  afterBuild: ((snapshot: SearchSnapshot) => void) | null = null;

  /**
   * A snapshot at least as new as every change committed before the call, or null: when the
   * database cannot say (the caller then runs its own SQL and reports that error), or when the
   * data has moved and the rebuild takes longer than WAIT_MS (at 100,000 practices it takes
   * seconds): the caller then answers this request with the SQL over practice_search, exactly
   * as fresh, only slower, while the rebuild goes on. `waitMs` Infinity waits for the rebuild
   * however long it takes (a relevance page after an index-made cursor: see PublicCatalog).
   */
  async snapshot(waitMs = WAIT_MS): Promise<SearchSnapshot | null> {
    const wanted = (await this.version.fresh()).search;
    if (!/^\d+$/.test(wanted)) return null;
    const fresh = (s: SearchSnapshot | null | undefined): s is SearchSnapshot =>
      !!s && BigInt(s.version) >= BigInt(wanted);
    if (fresh(this.current)) return this.current;
    const deadline = performance.now() + waitMs;
    // A build that started before the change read older data: then one more.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const built = await within(this.rebuild(), deadline - performance.now());
      if (fresh(built)) return built;
      if (built === undefined) return null;
    }
    return null;
  }

  /**
   * Whether a snapshot exists, waiting up to `waitMs` for a build (started if none runs): for
   * readiness, so that a balancer sends searches only once this process can answer them fast.
   */
  async ready(waitMs: number): Promise<boolean> {
    if (this.current) return true;
    return (await within(this.rebuild(), waitMs)) !== undefined;
  }

  /** Starts a build now (at start-up, so the first search does not wait for it). */
  warm(): void {
    this.rebuild().catch(() => undefined);
  }

  private rebuild(): Promise<SearchSnapshot> {
    this.building ??= this.build()
      .then((snapshot) => {
        if (!this.current || BigInt(snapshot.version) >= BigInt(this.current.version))
          this.current = snapshot;
        this.afterBuild?.(snapshot);
        return snapshot;
      })
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }

  private async build(): Promise<SearchSnapshot> {
    const started = performance.now();
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const [{ version }] = await runner.query(
          `SELECT search_version::text AS version FROM public_data_version`,
        );
        const labels = (sql: string): Promise<Label[]> => runner.query(sql);
        const countries = await labels(
          `SELECT id, code AS value, name AS label FROM country ORDER BY id`,
        );
        const institutions = await labels(`SELECT id, slug AS value, name AS label FROM institution
           WHERE id IN (SELECT institution_id FROM practice_search) ORDER BY id`);
        const areas = await labels(
          `SELECT id, slug AS value, name AS label FROM priority_area ORDER BY id`,
        );
        const builder = new SnapshotBuilder(
          String(version),
          countries,
          institutions,
          areas,
          this.relevanceOrderMin,
        );
        await runner.query(`DECLARE practice_index NO SCROLL CURSOR FOR
          SELECT practice_id, institution_id, country_id, region, year, outcome, area_ids,
                 neg_year, outcome_rank, pos, title_key, vector::text AS vector
            FROM practice_search
           ORDER BY neg_year, outcome_rank, pos, title_key, practice_id`);
        for (;;) {
          const rows: IndexRow[] = await runner.query(`FETCH ${BATCH} FROM practice_index`);
          for (const row of rows) builder.add(row);
          if (rows.length < BATCH) break;
        }
        const titleOrder: { practice_id: string }[] = await runner.query(
          `SELECT practice_id FROM practice_search ORDER BY title_key, practice_id`,
        );
        await runner.query('COMMIT');
        const snapshot = builder.finish(titleOrder.map((r) => r.practice_id));
        this.builds += 1;
        this.logger?.info(
          {
            version: snapshot.version,
            practices: snapshot.size,
            postings: snapshot.postingCount,
            ms: Math.round(performance.now() - started),
          },
          'search index built',
        );
        return snapshot;
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}
