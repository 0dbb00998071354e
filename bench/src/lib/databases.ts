import pg from 'pg';

/** The local server of these machines (trust authentication), as the API's tests use it. */
export const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432';

/** The database a dataset of `practices` entries lives in unless told otherwise. */
export function benchDatabaseUrl(practices: number): string {
  return `${DEFAULT_SERVER}/gpa_bench_${practices}`;
}

function split(url: string): { admin: string; name: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`"${name}" is not a database name the bench creates (letters, digits, _).`);
  }
  parsed.pathname = '/postgres';
  return { admin: parsed.toString(), name };
}

async function withAdmin<T>(url: string, run: (client: pg.Client, name: string) => Promise<T>) {
  const { admin, name } = split(url);
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client, name);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers at the server part of `url`. */
export async function serverReachable(url = `${DEFAULT_SERVER}/postgres`): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database of `url` unless it exists; with `reset`, drops it first. */
export async function ensureDatabase(url: string, reset: boolean): Promise<'created' | 'reused'> {
  return withAdmin(url, async (client, name) => {
    if (reset) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (rowCount) return 'reused';
    await client.query(`CREATE DATABASE "${name}"`);
    return 'created';
  });
}

export async function dropDatabase(url: string): Promise<void> {
  await withAdmin(url, (client, name) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}
