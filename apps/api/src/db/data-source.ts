import pg from 'pg';
import { type Logger } from 'pino';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import { ENTITIES } from '../modules/entities.js';
import { toDatabaseError } from './database-errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { preparedName } from './prepared-statements.js';
import { currentReplicaSlot, inAnonymousRead, isPlainRead } from './read-routing.js';
import { type SqlLog } from './sql-log.js';

export interface DataSourceSettings {
  /** The primary: every write, every transaction, and every read of a signed-in caller. */
  url: string;
  /** Read replicas for anonymous reads (see read-routing.ts); empty: everything on the primary. */
  replicaUrls?: string[];
  poolSize: number;
  sqlLog?: SqlLog;
  /** Pool errors (a connection dropped while idle) are logged here; they never crash the process. */
  logger?: Logger;
  /** Waiting for a connection (a new one, or a free one of a busy pool) fails after this long. */
  connectTimeoutMs?: number;
  /**
   * Server-side limit per statement (`statement_timeout`); the driver also gives up this long
   * plus one second after sending, and drops the connection, so a stalled link fails cleanly.
   * Undefined for the embedded database, which has no timers.
   */
  statementTimeoutMs?: number;
  /** Send the registered texts as prepared statements (a server database only). */
  preparedStatements?: boolean;
}

/**
 * A pg client that always hears its own 'error' events. A connection that dies emits 'error'
 * (sometimes twice: the server's notice, then the socket's end); the pool and TypeORM listen
 * only part of the time, and an event nobody hears would crash the process. The pool still
 * sees the client is broken and drops it.
 */
class SafeClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** A driver error of a pg client, turned into DatabaseUnavailableError where it means that. */
class ResilientClient extends SafeClient {
  // pg's own signature (a Promise, a Submittable or void, by the arguments).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(error ? this.fail(error) : error, result);
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).catch((error: unknown) => {
        throw this.fail(error);
      });
    }
    return result;
  }

  private fail(error: unknown): unknown {
    if (error instanceof Error && error.message === 'Query read timeout') {
      // The statement may still be stuck on a stalled link: drop the connection, so that the
      // pool makes a new one instead of queueing the next statement behind it.
      (
        this as unknown as { connection?: { stream?: { destroy(): void } } }
      ).connection?.stream?.destroy();
    }
    return toDatabaseError(error);
  }
}

/**
 * A resilient client that sends the registered statement texts as named prepared statements
 * (prepared-statements.ts). Not for the embedded database: PGlite serves every connection from
 * one session, where a statement one connection prepared already exists for the next.
 */
class PreparingClient extends ResilientClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's own signature
  override query(...args: unknown[]): any {
    const name = typeof args[0] === 'string' ? preparedName(args[0]) : undefined;
    if (name && (args[1] === undefined || Array.isArray(args[1])))
      args.splice(0, 2, { name, text: args[0], values: args[1] });
    return super.query(...args);
  }
}

/** The pool TypeORM creates: a failure to get a connection is a DatabaseUnavailableError. */
class ResilientPool extends pg.Pool {
  constructor(options: pg.PoolConfig) {
    // The client class comes with the options (`extra`) when it prepares statements.
    super({ Client: ResilientClient, ...options } as pg.PoolConfig);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg-pool's own signature
  override connect(callback?: (...a: any[]) => void): any {
    if (callback) {
      return super.connect((error: Error | undefined, client, done) =>
        callback(error ? toDatabaseError(error, true) : error, client, done),
      );
    }
    return super.connect().catch((error: unknown) => {
      throw toDatabaseError(error, true);
    });
  }
}

/** The `pg` module as TypeORM sees it, with the resilient pool. */
const resilientPg = Object.assign(Object.create(pg) as typeof pg, { Pool: ResilientPool });

interface PostgresDriverInternals {
  master: pg.Pool;
  slaves: pg.Pool[];
  obtainMasterConnection(): Promise<[pg.PoolClient, (err?: unknown) => void]>;
  obtainSlaveConnection(): Promise<[pg.PoolClient, (err?: unknown) => void]>;
}

/**
 * The process's data source. With replicas, `query()` outside a query runner sends a plain
 * read of an anonymous request to that request's replica; everything else uses the primary
 * (TypeORM's `defaultMode` is "master", so query builders and repositories stay there too).
 */
export class AppDataSource extends DataSource {
  readonly replicaCount: number;
  private readonly pinoLogger: Logger | undefined;
  /** The primary's URL, then each replica's. */
  private readonly urls: string[];
  private healthPools: pg.Pool[] | undefined;

  constructor(settings: DataSourceSettings) {
    const replicaUrls = settings.replicaUrls ?? [];
    const timeouts = settings.statementTimeoutMs
      ? {
          statement_timeout: settings.statementTimeoutMs,
          query_timeout: settings.statementTimeoutMs + 1000,
          // A transaction left open by a crashed request is ended by the server.
          idle_in_transaction_session_timeout: Math.max(60_000, settings.statementTimeoutMs * 2),
        }
      : {};
    super({
      type: 'postgres',
      driver: resilientPg,
      ...(replicaUrls.length
        ? {
            replication: {
              master: { url: settings.url },
              slaves: replicaUrls.map((url) => ({ url })),
              defaultMode: 'master' as ReplicationMode,
            },
          }
        : { url: settings.url }),
      entities: ENTITIES,
      migrations: MIGRATIONS,
      migrationsTableName: 'typeorm_migrations',
      synchronize: false,
      migrationsRun: false,
      // gen_random_uuid() is built into PostgreSQL 13+; no extension is needed for uuids.
      uuidExtension: 'pgcrypto',
      installExtensions: false,
      logging: settings.sqlLog ? 'all' : false,
      logger: settings.sqlLog,
      maxQueryExecutionTime: 1000,
      poolErrorHandler: (error: Error) =>
        settings.logger?.warn({ err: { message: error.message } }, 'database connection lost'),
      extra: {
        max: settings.poolSize,
        connectionTimeoutMillis: settings.connectTimeoutMs ?? 3000,
        idleTimeoutMillis: 30000,
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
        application_name: 'good-practice-awards',
        ...timeouts,
        ...(settings.preparedStatements ? { Client: PreparingClient } : {}),
      },
    });
    this.replicaCount = replicaUrls.length;
    this.pinoLogger = settings.logger;
    this.urls = [settings.url, ...replicaUrls];
  }

  override async initialize(): Promise<this> {
    await super.initialize();
    if (this.replicaCount) this.stickToOneReplicaPerRequest();
    return this;
  }

  // TypeORM's own signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T = any>(
    query: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    parameters?: any[],
    queryRunner?: QueryRunner,
  ): Promise<T> {
    if (queryRunner || !this.replicaCount || !inAnonymousRead() || !isPlainRead(query))
      return super.query(query, parameters, queryRunner);
    const runner = this.createQueryRunner('slave');
    try {
      return await super.query(query, parameters, runner);
    } finally {
      await runner.release();
    }
  }

  /**
   * The primary and each replica answer `SELECT 1`, each within `timeoutMs`. Asked on a
   * connection of its own per database, so a pool busy with traffic does not look like an
   * unreachable database.
   */
  async ping(timeoutMs: number): Promise<{ primary: boolean; replicas: boolean[] }> {
    if (!this.healthPools) {
      this.healthPools = this.urls.map((connectionString) => {
        const pool = new pg.Pool({
          connectionString,
          max: 1,
          connectionTimeoutMillis: timeoutMs,
          keepAlive: true,
          application_name: 'good-practice-awards-health',
          Client: SafeClient,
        } as pg.PoolConfig);
        pool.on('error', () => undefined); // a dropped idle connection is simply replaced
        return pool;
      });
    }
    const one = (pool: pg.Pool) =>
      withTimeout(pool.query('SELECT 1'), timeoutMs).then(
        () => true,
        () => false,
      );
    const [primary, ...replicas] = await Promise.all(this.healthPools.map(one));
    return { primary: primary ?? false, replicas };
  }

  override async destroy(): Promise<void> {
    const pools = this.healthPools ?? [];
    this.healthPools = undefined;
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
    await super.destroy();
  }

  /**
   * TypeORM picks a random replica per query; one request must read one replica (a version
   * number read on one and an answer read on another could disagree). A replica that cannot
   * be reached is skipped for the primary, so a replica outage costs load, not availability.
   */
  private stickToOneReplicaPerRequest() {
    const driver = this.driver as unknown as PostgresDriverInternals;
    driver.obtainSlaveConnection = async () => {
      const pool = driver.slaves[currentReplicaSlot() % driver.slaves.length]!;
      try {
        const client = await pool.connect();
        return [client, (err?: unknown) => client.release(err as Error | undefined)];
      } catch (error) {
        this.pinoLogger?.warn(
          { err: { message: (error as Error).message } },
          'read replica unreachable; reading from the primary',
        );
        return driver.obtainMasterConnection();
      }
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The one TypeORM data source of the process. `synchronize` is never on: migrations only. */
export function createDataSource(options: DataSourceSettings): AppDataSource {
  return new AppDataSource(options);
}
