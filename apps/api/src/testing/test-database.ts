import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

/**
 * A fresh, empty database for one test run: on the PostgreSQL server when one is reachable
 * (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), otherwise on an
 * in-memory PGlite. TEST_DB=postgres or TEST_DB=pglite forces one; `postgres` fails when no
 * server answers rather than quietly testing something else.
 */
export interface TestDatabase {
  kind: 'postgres' | 'pglite';
  url: string;
  /** PGlite only: the data directory as a gzipped tarball. */
  dump?: () => Promise<Blob>;
  drop(): Promise<void>;
}

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const wanted = process.env.TEST_DB ?? 'auto';
  if (wanted !== 'pglite' && (wanted === 'postgres' || (await serverReachable()))) {
    const name = `gpa_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      url: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: ADMIN_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const embedded = await startEmbeddedPostgres({ maxConnections: 20 });
  return { kind: 'pglite', url: embedded.url, dump: embedded.dump, drop: () => embedded.stop() };
}
