import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../modules/account/password.js';
import { SeedService } from '../../modules/seed/seed.service.js';
import { DEFAULT_SEED_DIR } from '../../server.js';
import { silentLogger } from '../../testing/test-server.js';
import { openDatabase, type Database } from '../database.js';
import { exportDatabase, importDatabase, summarize, TransferError } from '../transfer.js';

/**
 * Moving off the embedded database and back: embedded → file → PostgreSQL → file → embedded,
 * comparing every table's row count and checksum (a checksum over every row's text) at each
 * step. Needs the PostgreSQL server for the middle step.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverAvailable() {
  if (process.env.TEST_DB === 'pglite') return false;
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

const onServer = await serverAvailable();

function open(url: string | undefined) {
  return openDatabase({
    url,
    dataDir: undefined,
    poolSize: 2,
    logger: silentLogger,
    logSql: false,
  });
}

describe.skipIf(!onServer)('db:export and db:import', () => {
  let dir: string;
  let source: Database;
  let server: Database | undefined;
  let back: Database | undefined;
  const serverName = `gpa_transfer_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gpa-transfer-'));
    await admin.connect();
    await admin.query(`CREATE DATABASE ${serverName}`);
    // The embedded database with the seed, plus rows of every kind the seed does not make:
    // accounts with role arrays, sessions, identity-keyed audit entries, odd text.
    source = await open(undefined);
    await new SeedService(source.dataSource).loadDirectory(DEFAULT_SEED_DIR);
    const ds = source.dataSource;
    const [user] = await ds.query(
      `INSERT INTO user_account (email, display_name, password_hash, roles, version)
       VALUES ('sec@example.org', 'Zoë “Sec” 秘书', $1, '{SECRETARIAT,JURY}'::role[], 1) RETURNING id`,
      [await hashPassword('Quiet rivers carry mountains 2026')],
    );
    for (let i = 0; i < 3; i++) {
      await ds.query(
        `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after)
         VALUES ($1, 'test.write', 'Competition', $2, $3, '{"n": 1.5e-7, "s": "a\\tb\\n"}')`,
        [user.id, String(i), JSON.stringify({ i })],
      );
    }
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    await server?.close();
    await back?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${serverName} WITH (FORCE)`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies every row embedded → PostgreSQL → embedded, nothing lost', async () => {
    const original = await summarize(source.url);
    expect(original.practice!.rows).toBeGreaterThan(50);
    expect(original.practice_search!.rows).toBe(original.practice!.rows);
    expect(original.audit_log!.rows).toBe(3);

    const first = path.join(dir, 'embedded.jsonl.gz');
    const exported = await exportDatabase(source.url, first);
    expect(exported.tables).toEqual(original);

    const url = new URL(ADMIN_URL);
    url.pathname = `/${serverName}`;
    server = await open(url.toString());
    const imported = await importDatabase(server.url, first);
    expect(imported.tables).toEqual(original);
    expect(await summarize(server.url)).toEqual(original);

    // The identity sequence goes on after the imported ids: a new audit entry does not collide.
    await server.dataSource.query(
      `INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('after.import', 'X', 'y')`,
    );
    const [{ max }] = await server.dataSource.query(`SELECT max(id)::int AS max FROM audit_log`);
    expect(max).toBe(4);
    await server.dataSource.query(`DELETE FROM audit_log WHERE id = 4`).catch(() => undefined);

    const second = path.join(dir, 'server.jsonl');
    const fromServer = await exportDatabase(server.url, second);
    // (The audit log is append-only; the entry made above stays, so compare everything else.)
    const { audit_log: _a, ...rest } = fromServer.tables;
    const { audit_log: _b, ...originalRest } = original;
    expect(rest).toEqual(originalRest);
    expect(fromServer.tables.audit_log!.rows).toBe(4);

    back = await open(undefined);
    await importDatabase(back.url, second);
    expect(await summarize(back.url)).toEqual(fromServer.tables);

    // The copy serves: the same published practices through the public view.
    const count = `SELECT count(*)::int AS n FROM published_practice`;
    expect(await back.dataSource.query(count)).toEqual(await source.dataSource.query(count));
  }, 180_000);

  it('refuses a database that already has data, and a file that is not an export', async () => {
    const file = path.join(dir, 'again.jsonl');
    await exportDatabase(source.url, file);
    await expect(importDatabase(source.url, file)).rejects.toThrow(/not empty/);
    const bogus = path.join(dir, 'bogus.jsonl');
    await writeFile(bogus, '{"hello":1}\n');
    await expect(importDatabase(source.url, bogus)).rejects.toBeInstanceOf(TransferError);
  });
});
