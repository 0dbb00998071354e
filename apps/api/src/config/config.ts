import path from 'node:path';
import { z } from 'zod';

/**
 * The process settings, read once at start. Every bad or missing variable is reported at
 * once; nothing else in the API reads process.env.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  API_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .describe(
      'API processes serving PORT together (node:cluster), up to one per core; with a server database only. Each holds its own search index, caches and rate-limit counts',
    ),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z
    .url({ error: 'must be an absolute URL, e.g. https://awards.example.org' })
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  ADMIN_NAME: z.string().min(1).default('Administrator'),
  PUBLIC_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(2000),
  PUBLIC_CACHE_MB: z.coerce.number().int().min(1).max(16_384).default(64),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/,\s]+|loopback|linklocal|uniquelocal)$/, {
      error:
        'must be true, false, a number of hops, or comma-separated addresses/subnets (or loopback, linklocal, uniquelocal)',
    })
    .default('loopback')
    .describe(
      "Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs): Express's trust proxy",
    ),
  SHUTDOWN_DRAIN_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(0)
    .describe(
      'On SIGTERM, /readyz answers 503 for this long before the server stops accepting, so a load balancer stops routing to it first',
    ),
  LOG_SQL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({
          protocol: /^postgres(ql)?$/,
          error: 'must be comma-separated postgres:// or postgresql:// URLs',
        }),
      ),
    )
    .describe(
      'Read replicas of DATABASE_URL, comma-separated: anonymous reads go to one of them per request, everything else to the primary',
    ),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(3000)
    .describe(
      'A request waiting this long for a database connection fails with SERVICE_UNAVAILABLE (503)',
    ),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(15_000)
    .describe(
      'Server databases: a statement running longer is cancelled and the request fails with SERVICE_UNAVAILABLE (503); 0 turns the limit off',
    ),
  DATABASE_PREPARED_STATEMENTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe(
      'Server databases: send the public reads as prepared statements, planned once per connection (false behind a pooler that cannot keep them, such as PgBouncer in transaction mode before 1.21)',
    ),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** API processes sharing the port (main.ts forks them). */
  workers: number;
  /** A PostgreSQL server; when absent the embedded PostgreSQL (PGlite) keeps its files in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  seedOnEmpty: boolean;
  /** Where the seed files are; defaults to the repository's seeds/data. */
  seedDir: string | undefined;
  logLevel: string;
  logSql: boolean;
  /** Where the public site is reached; used in invitation links. Defaults to the request's origin. */
  publicUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** The first administrator, created at start when no administrator exists. */
  bootstrapAdmin: { email: string; password: string; name: string } | undefined;
  /** Anonymous GraphQL requests per minute per address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Express's `trust proxy`: which forwarding proxies are believed for the client address. */
  trustProxy: boolean | number | string;
  /** How long /readyz answers 503 after SIGTERM before the server stops accepting. */
  shutdownDrainMs: number;
  /** Answers to anonymous queries kept in memory until public data changes; 0 turns it off. */
  publicCacheEntries: number;
  /** The most memory those answers may take, in MB (their JSON). */
  publicCacheMb: number;
  /** Read replicas of databaseUrl for anonymous reads; empty: every query on the primary. */
  databaseReplicaUrls: string[];
  /** Waiting longer than this for a database connection fails the request (503). */
  databaseConnectTimeoutMs: number;
  /** Server-side limit per statement; undefined: none. */
  databaseStatementTimeoutMs: number | undefined;
  databasePreparedStatements: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL == null) !== (e.ADMIN_PASSWORD == null)) {
    throw new ConfigError(['ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither']);
  }
  if (e.API_WORKERS > 1 && !e.DATABASE_URL) {
    throw new ConfigError([
      'API_WORKERS: several processes need a server database in DATABASE_URL (the embedded database belongs to one process)',
    ]);
  }
  if (e.DATABASE_REPLICA_URLS.length && !e.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_REPLICA_URLS: replicas need a primary server in DATABASE_URL (the embedded database has none)',
    ]);
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    workers: e.API_WORKERS,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    poolSize: e.DATABASE_POOL_SIZE,
    seedOnEmpty: e.SEED_ON_EMPTY,
    seedDir: e.SEED_DIR ? path.resolve(e.SEED_DIR) : undefined,
    logLevel: e.LOG_LEVEL,
    logSql: e.LOG_SQL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    bootstrapAdmin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD, name: e.ADMIN_NAME }
        : undefined,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy:
      e.TRUST_PROXY === 'true'
        ? true
        : e.TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    publicCacheEntries: e.PUBLIC_CACHE_ENTRIES,
    publicCacheMb: e.PUBLIC_CACHE_MB,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS || undefined,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
  };
}
