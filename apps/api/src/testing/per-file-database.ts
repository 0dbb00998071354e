import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

/**
 * Gives a test file its own copy of the run's seeded database (see global-setup.ts), so that
 * test files cannot see each other's writes: on a server, `CREATE DATABASE … TEMPLATE`; on
 * PGlite, a new in-memory instance loaded from the seeded dump. The copy is made when the file
 * first asks for it (files that never touch the database pay nothing) and dropped after the
 * file by `per-file-setup.ts`, which vitest runs around every test file. Test files share
 * modules within a worker (`isolate: false`), so this state is per worker, reset per file.
 */
let current: Promise<{ url: string; drop: () => Promise<void> }> | undefined;

/** The URL of this test file's own database, created on the first call. */
export function fileDatabaseUrl(): Promise<string> {
  current ??= createFileDatabase();
  return current.then((db) => db.url);
}

/** Drops this test file's database, if it asked for one. */
export async function dropFileDatabase(): Promise<void> {
  const db = current;
  current = undefined;
  if (db) await (await db).drop();
}

async function createFileDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (inject('databaseKind') === 'pglite') {
    const dump = await readFile(inject('databaseDump'));
    const embedded = await startEmbeddedPostgres({
      maxConnections: 8,
      loadDataDir: new Blob([dump]),
    });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const base = new URL(inject('databaseUrl'));
  const template = base.pathname.slice(1);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const own = new URL(base);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
