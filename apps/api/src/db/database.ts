import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { SqlLog } from './sql-log.js';

export interface Database {
  dataSource: DataSource;
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
}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.url;
  let poolSize = options.poolSize;
  if (!url) {
    // PGlite runs one statement at a time whatever the pool; a small pool keeps queues short.
    poolSize = Math.min(poolSize, 4);
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      maxConnections: poolSize + 2,
    });
    url = embedded.url;
  }
  const sqlLog = new SqlLog(options.logger, options.logSql);
  const dataSource = createDataSource({ url, poolSize, sqlLog });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
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
