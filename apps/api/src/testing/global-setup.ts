import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { type TestProject } from 'vitest/node';
import { loadConfig } from '../config/config.js';
import { startServer } from '../server.js';
import { createTestDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's migrated and seeded database: each test file gets its own copy of it. */
    databaseUrl: string;
    databaseKind: 'postgres' | 'pglite';
    /** PGlite only: the seeded data directory as a tarball, loaded by each test file. */
    databaseDump: string;
  }
}

/**
 * One fresh database per test run, migrated and seeded once here, dropped at the end. Test files
 * never share it: `per-file-database.ts` gives each file its own copy (a template clone on a
 * server, a PGlite loaded from a dump), so no file's writes can change another's results.
 */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: db.kind === 'pglite' ? '1' : '4',
      DATABASE_PREPARED_STATEMENTS: db.kind === 'pglite' ? 'false' : 'true',
    }),
    pino({ level: 'silent' }),
  );
  await server.close();
  let dumpDir: string | undefined;
  let dumpFile = '';
  if (db.kind === 'pglite' && db.dump) {
    dumpDir = await mkdtemp(path.join(tmpdir(), 'gpa-test-'));
    dumpFile = path.join(dumpDir, 'seeded.tar.gz');
    await writeFile(dumpFile, Buffer.from(await (await db.dump()).arrayBuffer()));
  }
  project.provide('databaseUrl', db.url);
  project.provide('databaseKind', db.kind);
  project.provide('databaseDump', dumpFile);
  process.stdout.write(`API tests run on ${db.kind}, one database per test file\n`);
  return async () => {
    await db.drop();
    if (dumpDir) await rm(dumpDir, { recursive: true, force: true });
  };
}
