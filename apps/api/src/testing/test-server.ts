import { inject } from 'vitest';
import { pino, type Logger } from 'pino';
import { loadConfig } from '../config/config.js';
import { startServer, type RunningServer } from '../server.js';
import { fileDatabaseUrl } from './per-file-database.js';

export const silentLogger = pino({ level: 'silent' });

/**
 * The production server on a free port, on the test file's own copy of the run's migrated and
 * seeded database. On PGlite the pool has one connection (see openDatabase: pglite-socket
 * interleaves concurrent connections), exactly as the embedded production database does.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
): Promise<RunningServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: await fileDatabaseUrl(),
    DATABASE_POOL_SIZE: inject('databaseKind') === 'pglite' ? '1' : '4',
    // PGlite serves every connection from one session: a statement prepared on one connection
    // would already exist for the next (the embedded production database never prepares).
    DATABASE_PREPARED_STATEMENTS: inject('databaseKind') === 'pglite' ? 'false' : 'true',
    ...env,
  });
  return startServer(config, logger);
}

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one GraphQL operation over HTTP, as an outside program would. */
export async function graphql<T = Record<string, any>>(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}
