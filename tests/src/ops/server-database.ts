import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the process-level tests share between API processes. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function serverAvailable(): Promise<boolean> {
  if (process.env.TEST_DB === 'pglite') return false;
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`CI needs the PostgreSQL server at ${ADMIN_URL}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ServerDatabase {
  name: string;
  url: string;
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A new database (empty, or a copy of `template`), with a client on it for checks. */
export async function createServerDatabase(
  prefix = 'gpa_ops',
  template?: string,
): Promise<ServerDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  return {
    name,
    url: url.toString(),
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
