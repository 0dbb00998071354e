import { prepared } from './db/prepared-statements.js';
import 'reflect-metadata';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AddressInfo } from 'node:net';
import { type Logger } from 'pino';
import { type Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { createSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { collectGarbage, MemoryWatch } from './http/memory.js';
import { type Readiness } from './http/health.js';
import { PublicDataVersion } from './modules/catalog/public-data-version.js';
import { PublicResponseCache } from './modules/catalog/public-response-cache.js';
import { PracticeSearchIndex } from './modules/practice/search-index/practice-search-index.js';
import { closePdfRenderer } from './modules/documents/pdf-renderer.js';
import { SeedService } from './modules/seed/seed.service.js';
import { createServices } from './services.js';

/** Practices in a search-index build above which a full garbage collection follows it. */
const FULL_COLLECTION_AFTER_BUILD_OF = 10_000;

export const DEFAULT_SEED_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../seeds/data',
);

export interface RunningServer {
  url: string;
  database: Database;
  cache: PublicResponseCache;
  version: PublicDataVersion;
  searchIndex: PracticeSearchIndex;
  /** From now on /readyz answers 503 (draining), while requests are still served. */
  drain(): void;
  /** Stops accepting, finishes in-flight requests, closes the pool and the embedded database. */
  close(): Promise<void>;
}

/** Opens the database (migrating it, seeding it when empty), then serves HTTP on the configured port. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const started = performance.now();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.poolSize,
    logger,
    logSql: config.logSql,
    replicaUrls: config.databaseReplicaUrls,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    preparedStatements: config.databasePreparedStatements,
  });
  try {
    const seeds = new SeedService(database.dataSource);
    if (config.seedOnEmpty && (await seeds.isEmpty())) {
      const report = await seeds.loadDirectory(config.seedDir ?? DEFAULT_SEED_DIR);
      logger.info(report, 'seeded the empty database');
    }
    const services = createServices(database.dataSource, config);
    if (config.bootstrapAdmin && (await services.accounts.bootstrapAdmin(config.bootstrapAdmin))) {
      logger.info({ email: config.bootstrapAdmin.email }, 'created the first administrator');
    }
    // When the database cannot say, the request skips the cache and the index and fails (or
    // not) on its own queries, with their SERVICE_UNAVAILABLE, instead of an internal error.
    const version = new PublicDataVersion(() =>
      database.dataSource
        .query(
          prepared(
            `SELECT version::text AS public, search_version::text AS search FROM public_data_version`,
          ),
        )
        .then(
          (rows) => rows[0],
          () => {
            const unavailable = `unavailable-${Math.random()}`;
            return { public: unavailable, search: unavailable };
          },
        ),
    );
    const cache = new PublicResponseCache({
      maxEntries: config.publicCacheEntries,
      maxBytes: config.publicCacheMb * 1024 * 1024,
      version,
    });
    const searchIndex = new PracticeSearchIndex(database.dataSource, version, logger);
    // Only after a large build: on a few thousand practices the garbage is small, and a full
    // collection would only pause the process (in the tests, the whole test worker).
    searchIndex.afterBuild = (snapshot) => {
      if (snapshot.size >= FULL_COLLECTION_AFTER_BUILD_OF) collectGarbage();
    };
    searchIndex.warm();
    const schema = await createSchema();
    const httpServer = createServer();
    const memory = new MemoryWatch().start();
    const readiness: Readiness = {
      draining: false,
      searchIndexReady: (waitMs) => searchIndex.ready(waitMs),
      memory,
    };
    const { listener, apollo } = await createApp({
      schema,
      dataSource: database.dataSource,
      services,
      logger,
      httpServer,
      production: config.nodeEnv === 'production',
      publicUrl: config.publicUrl,
      sessionMaxHours: config.sessionMaxHours,
      rateLimitPerMinute: config.rateLimitPerMinute,
      trustProxy: config.trustProxy,
      readiness,
      cache,
      searchIndex,
    });
    httpServer.on('request', listener);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    logger.info(
      { url, database: database.kind, startupMs: Math.round(performance.now() - started) },
      'listening',
    );
    return {
      url,
      database,
      cache,
      version,
      searchIndex,
      drain() {
        readiness.draining = true;
      },
      async close() {
        memory.stop();
        await apollo.stop(); // drains the HTTP server
        await closePdfRenderer();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
