import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Readable, type Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

/**
 * Moving data between databases of the same migration level — the embedded PGlite and a
 * PostgreSQL server, either way — with our own code over `pg`, so no PostgreSQL client tools are
 * needed. The file is JSON lines (gzip when its name ends in .gz):
 *
 *   {"format":"gpa-export","formatVersion":1,"migration":"…","migrations":[…],"createdAt":"…"}
 *   {"table":"country","columns":["id","code",…]}      then one JSON array per row, then
 *   {"end":"country","rows":15,"checksum":"…"}         for each table, parents before children
 *   {"sequences":[{"name":"audit_log_id_seq","lastValue":"42","isCalled":true}]}
 *   {"done":true,"tables":27,"rows":1234}
 *
 * Values are PostgreSQL's own JSON forms (to_jsonb) and are read back by its own input functions
 * (jsonb_populate_recordset), so every value comes back as it was. Rows are read in one
 * repeatable-read snapshot, so a server export taken while the API runs is consistent.
 * Checksums are per table, over the rows' text forms in a fixed order: equal checksums, equal rows.
 */
export const FORMAT = 'gpa-export';
export const FORMAT_VERSION = 1;

export interface TableSummary {
  rows: number;
  checksum: string;
}

export type DatabaseSummary = Record<string, TableSummary>;

export class TransferError extends Error {
  override name = 'TransferError';
}

const SESSION_SETTINGS = [
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 1`,
];

/** Migrations are metadata, not data: both sides must already agree on them. */
const SKIPPED_TABLES = new Set(['typeorm_migrations']);

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A lost connection fails the statement in progress; the event itself must not crash.
  client.on('error', () => undefined);
  await client.connect();
  for (const sql of SESSION_SETTINGS) await client.query(sql);
  return client;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function migrationNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM typeorm_migrations ORDER BY id`,
  );
  return rows.map((r) => r.name);
}

/** Every table of the public schema, parents before the tables that reference them. */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const names = tables.map((t) => t.name).filter((t) => !SKIPPED_TABLES.has(t));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p) || !parents.has(p)),
    );
    // A cycle (none today) is broken arbitrarily; the import does not check keys while loading.
    const next = ready.length ? ready : names.filter((n) => !placed.has(n)).slice(0, 1);
    for (const n of next) {
      placed.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

/** Stored columns, in table order (generated columns are computed again on import). */
async function storedColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [`public.${ident(table)}`],
  );
  return rows.map((r) => r.name);
}

async function tableSummary(client: pg.Client, table: string): Promise<TableSummary> {
  const { rows } = await client.query<{ n: string; checksum: string }>(
    `SELECT count(*) AS n,
            md5(coalesce(string_agg(h, ',' ORDER BY h), '')) AS checksum
       FROM (SELECT md5(t::text) AS h FROM public.${ident(table)} t) s`,
  );
  return { rows: Number(rows[0]!.n), checksum: rows[0]!.checksum };
}

/** Row count and checksum of every table (what export and import compare). */
export async function summarize(url: string): Promise<DatabaseSummary> {
  const client = await connect(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const summary: DatabaseSummary = {};
    for (const table of (await tablesInDependencyOrder(client)).sort())
      summary[table] = await tableSummary(client, table);
    await client.query('COMMIT');
    return summary;
  } finally {
    await client.end();
  }
}

function output(file: string): { stream: Writable; done: Promise<unknown> } {
  const out = createWriteStream(file);
  if (!file.endsWith('.gz')) return { stream: out, done: once(out, 'finish') };
  const gzip = createGzip();
  gzip.pipe(out);
  return { stream: gzip, done: once(out, 'finish') };
}

async function write(stream: Writable, value: unknown) {
  if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, 'drain');
}

export interface ExportReport {
  file: string;
  migration: string;
  tables: DatabaseSummary;
  rows: number;
}

/** Writes every row of the database at `url` to `file`. */
export async function exportDatabase(url: string, file: string): Promise<ExportReport> {
  const client = await connect(url);
  const { stream, done } = output(file);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await migrationNames(client);
    const migration = migrations.at(-1) ?? '';
    await write(stream, {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      migration,
      migrations,
      createdAt: new Date().toISOString(),
    });
    const tables: DatabaseSummary = {};
    let total = 0;
    for (const table of await tablesInDependencyOrder(client)) {
      const columns = await storedColumns(client, table);
      await write(stream, { table, columns });
      const list = columns.map(ident).join(', ');
      await client.query(
        `DECLARE dump NO SCROLL CURSOR FOR
           SELECT to_jsonb(s) AS r FROM (SELECT ${list} FROM public.${ident(table)}) s`,
      );
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ r: Record<string, unknown> }>('FETCH 1000 FROM dump');
        for (const { r } of batch.rows)
          await write(
            stream,
            columns.map((c) => r[c] ?? null),
          );
        rows += batch.rows.length;
        if (batch.rows.length < 1000) break;
      }
      await client.query('CLOSE dump');
      const summary = await tableSummary(client, table);
      if (summary.rows !== rows)
        throw new TransferError(`${table}: read ${rows} rows of ${summary.rows}`);
      tables[table] = summary;
      total += rows;
      await write(stream, { end: table, ...summary });
    }
    const { rows: sequences } = await client.query<{
      name: string;
      lastValue: string | null;
      isCalled: boolean;
    }>(
      `SELECT c.relname AS name, s.last_value::text AS "lastValue", s.last_value IS NOT NULL AS "isCalled"
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_sequences s ON s.schemaname = n.nspname AND s.sequencename = c.relname
        WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
    );
    await write(stream, { sequences });
    await write(stream, { done: true, tables: Object.keys(tables).length, rows: total });
    await client.query('COMMIT');
    stream.end();
    await done;
    return { file, migration, tables, rows: total };
  } catch (error) {
    stream.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

function input(file: string): Readable {
  const raw = createReadStream(file);
  return file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
}

export interface ImportReport {
  file: string;
  migration: string;
  tables: DatabaseSummary;
  rows: number;
}

/** Most rows sent in one INSERT, and most characters of JSON. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

/**
 * Loads `file` into the database at `url`, which must be at the file's migration level and hold
 * no data, in one transaction: then checks every table's row count and checksum against the
 * file's and commits only when all agree.
 */
export async function importDatabase(url: string, file: string): Promise<ImportReport> {
  const client = await connect(url);
  const lines = createInterface({ input: input(file), crlfDelay: Infinity });
  let began = false;
  try {
    const iterator = lines[Symbol.asyncIterator]();
    const first = await iterator.next();
    const header = first.done ? null : (JSON.parse(first.value) as Record<string, unknown>);
    if (header?.format !== FORMAT || header.formatVersion !== FORMAT_VERSION)
      throw new TransferError(`${file} is not a ${FORMAT} file of version ${FORMAT_VERSION}.`);
    const theirs = header.migrations as string[];
    const ours = await migrationNames(client);
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      throw new TransferError(
        `The file is at migration ${String(header.migration)} but the database is at ${ours.at(-1) ?? 'none'}; ` +
          'export and import with the same version of the application.',
      );
    }
    const tables = await tablesInDependencyOrder(client);
    const occupied: string[] = [];
    for (const table of tables) {
      // public_data_version holds the one row its migration put there; the file's replaces it.
      if (table === 'public_data_version') continue;
      const { rows } = await client.query(`SELECT 1 FROM public.${ident(table)} LIMIT 1`);
      if (rows.length) occupied.push(table);
    }
    if (occupied.length)
      throw new TransferError(
        `The database is not empty (${occupied.join(', ')} have rows); import into a new database.`,
      );

    await client.query('BEGIN');
    began = true;
    // Triggers must not fire (derived tables come from the file as they were) and keys are not
    // checked row by row: as a superuser, replica mode does both; otherwise user triggers are
    // disabled table by table and the file's order (parents first) satisfies the keys.
    let disabled: string[] = [];
    await client.query('SAVEPOINT role');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT role');
      disabled = tables;
      for (const table of tables)
        await client.query(`ALTER TABLE public.${ident(table)} DISABLE TRIGGER USER`);
    }
    await client.query(`DELETE FROM public_data_version`);

    const expected: DatabaseSummary = {};
    let current: { table: string; columns: string[] } | null = null;
    let batch: unknown[][] = [];
    let batchChars = 0;
    let total = 0;
    let finished = false;
    let sequences: { name: string; lastValue: string | null; isCalled: boolean }[] = [];
    const flush = async () => {
      if (!current || !batch.length) return;
      const list = current.columns.map(ident).join(', ');
      const objects = batch.map((row) =>
        Object.fromEntries(current!.columns.map((c, i) => [c, row[i]])),
      );
      await client.query(
        `INSERT INTO public.${ident(current.table)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM jsonb_populate_recordset(NULL::public.${ident(current.table)}, $1::jsonb)`,
        [JSON.stringify(objects)],
      );
      total += batch.length;
      batch = [];
      batchChars = 0;
    };
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const line = next.value;
      if (!line) continue;
      const value = JSON.parse(line) as unknown;
      if (Array.isArray(value)) {
        if (!current) throw new TransferError('A row comes before its table.');
        batch.push(value);
        batchChars += line.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
        continue;
      }
      const record = value as {
        table?: string;
        columns?: string[];
        end?: string;
        rows?: number;
        checksum?: string;
        sequences?: typeof sequences;
        done?: boolean;
      };
      if (typeof record.table === 'string') {
        if (!tables.includes(record.table))
          throw new TransferError(`The database has no table ${record.table}.`);
        current = { table: record.table, columns: record.columns ?? [] };
      } else if (typeof record.end === 'string') {
        await flush();
        expected[record.end] = { rows: record.rows ?? -1, checksum: record.checksum ?? '' };
        current = null;
      } else if (Array.isArray(record.sequences)) {
        sequences = record.sequences;
      } else if (record.done === true) {
        finished = true;
      }
    }
    if (!finished) throw new TransferError(`${file} is incomplete (no end marker).`);
    for (const s of sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        `public.${ident(s.name)}`,
        s.lastValue ?? '1',
        s.isCalled,
      ]);
    }
    for (const table of disabled)
      await client.query(`ALTER TABLE public.${ident(table)} ENABLE TRIGGER USER`);

    const actual: DatabaseSummary = {};
    const differences: string[] = [];
    for (const table of tables) {
      actual[table] = await tableSummary(client, table);
      const want = expected[table] ?? { rows: 0, checksum: await emptyChecksum(client) };
      if (want.rows !== actual[table].rows || want.checksum !== actual[table].checksum)
        differences.push(`${table}: file ${want.rows} rows, database ${actual[table].rows}`);
    }
    if (differences.length)
      throw new TransferError(`The import does not match the file:\n  ${differences.join('\n  ')}`);
    await client.query('COMMIT');
    began = false;
    return { file, migration: String(header.migration), tables: actual, rows: total };
  } catch (error) {
    if (began) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

async function emptyChecksum(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ c: string }>(`SELECT md5('') AS c`);
  return rows[0]!.c;
}
