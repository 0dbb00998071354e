import pg from 'pg';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type AppDataSource, createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { SqlLog } from './sql-log.js';

export interface Database {
  dataSource: AppDataSource;
  sqlLog: SqlLog;
  /** "embedded" (PGlite in DATA_DIR or in memory) or "server". */
  kind: 'embedded' | 'server';
  /** The URL the pool connects to (for extra connections such as LISTEN). */
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database the settings name: the PostgreSQL server at `url`, or else the embedded
 * one with its files in `dataDir` (in memory when dataDir is undefined). Runs pending migrations.
 */
export async function openDatabase(options: {
  url: string | undefined;
  dataDir: string | undefined;
  poolSize: number;
  logger: Logger;
  logSql: boolean;
  /** Read replicas of the server database (ignored for the embedded one). */
  replicaUrls?: string[];
  /** Fail after this long without a connection (default 3 s). */
  connectTimeoutMs?: number;
  /** Server-side limit per statement (server databases only; default none). */
  statementTimeoutMs?: number;
  /** Send the registered texts as prepared statements (server databases only). */
  preparedStatements?: boolean;
}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.url;
  let poolSize = options.poolSize;
  if (!url) {
    // PGlite runs one statement at a time whatever the pool, and pglite-socket 0.2 interleaves
    // the extended-protocol messages of concurrent connections (electric-sql/pglite#1046: "bind
    // message supplies 2 parameters…", or wrong rows). One connection serialises every
    // statement in the driver's queue instead. Code must therefore never query outside its
    // transaction's manager while it holds one (it would wait for itself).
    poolSize = 1;
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      maxConnections: poolSize + 2,
    });
    url = embedded.url;
  }
  const sqlLog = new SqlLog(options.logger, options.logSql);
  const dataSource = createDataSource({
    url,
    poolSize,
    sqlLog,
    logger: options.logger,
    replicaUrls: embedded ? [] : options.replicaUrls,
    connectTimeoutMs: options.connectTimeoutMs,
    statementTimeoutMs: embedded ? undefined : options.statementTimeoutMs,
    preparedStatements: !embedded && options.preparedStatements,
  });
  try {
    await dataSource.initialize();
    await migrate(dataSource, embedded ? undefined : url);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    sqlLog,
    kind: embedded ? 'embedded' : 'server',
    url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

// Any constant shared by every process of the deployment; names the migration lock.
const MIGRATION_LOCK = 7_349_112;

/**
 * Runs pending migrations. On a server several processes may start at once (a scaled-out
 * deployment): they take turns under an advisory lock, so each migration runs exactly once. The
 * lock is held on a connection of its own, outside the pool, so that a pool of one connection
 * (PGlite) can still run the migrations while it is held.
 */
async function migrate(dataSource: DataSource, lockUrl: string | undefined): Promise<void> {
  if (!lockUrl) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = new pg.Client({ connectionString: lockUrl });
  lock.on('error', () => undefined); // a dropped lock connection surfaces in the query below
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.end().catch(() => undefined); // ending the session releases the lock
  }
}
