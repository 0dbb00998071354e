import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

/**
 * Gives the test file its own copy of the run's seeded database (see global-setup.ts), so that
 * test files cannot see each other's writes: on a server, `CREATE DATABASE … TEMPLATE`; on
 * PGlite, a new in-memory instance loaded from the seeded dump. `testDatabaseUrl()` answers it.
 */
let url: string | undefined;
let drop: (() => Promise<void>) | undefined;

export function testDatabaseUrl(): string {
  if (!url) throw new Error('the per-file test database is not ready (used outside a hook?)');
  return url;
}

beforeAll(async () => {
  if (inject('databaseKind') === 'pglite') {
    const dump = await readFile(inject('databaseDump'));
    const embedded = await startEmbeddedPostgres({
      maxConnections: 8,
      loadDataDir: new Blob([dump]),
    });
    url = embedded.url;
    drop = () => embedded.stop();
    return;
  }
  const base = new URL(inject('databaseUrl'));
  const template = base.pathname.slice(1);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const own = new URL(base);
  own.pathname = `/${name}`;
  url = own.toString();
  drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}, 120_000);

afterAll(async () => {
  await drop?.();
}, 60_000);
