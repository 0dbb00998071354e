import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Pool } from 'pg';
import { BENCH_ROOT } from '../lib/paths.js';
import { graphqlRequest } from './processes.js';
import { startOurApi } from './targets.js';

export interface Statement {
  text: string;
  values: unknown[];
  /** Sent before it in its own transaction (e.g. "BEGIN; SET LOCAL enable_seqscan = off"). */
  settings?: string;
}

/**
 * Every statement our API sends to answer each request, with its parameters: a second API
 * process (cache off) with capture-sql.ts preloaded answers each request once after a first,
 * uncaptured answer (so that start-up work is not captured). Whatever the search design, this is
 * exactly our SQL.
 */
export async function captureOurStatements(
  url: string,
  requests: Map<string, string[]>,
  options: { poolSize: number },
): Promise<Map<string, Statement[][]>> {
  const file = path.join(tmpdir(), `gpa-bench-sql-${process.pid}-${Date.now()}.jsonl`);
  const server = await startOurApi(url, {
    poolSize: options.poolSize,
    preload: ['tsx', path.join(BENCH_ROOT, 'src/bench/capture-sql.ts')],
    env: { CAPTURE_SQL_FILE: file, PUBLIC_CACHE_ENTRIES: '0' },
  });
  const captured = new Map<string, Statement[][]>();
  try {
    for (const [id, bodies] of requests) {
      const statements: Statement[][] = [];
      for (const body of bodies) {
        if (!statements.length) await graphqlRequest(server.url, body);
        await rm(file, { force: true });
        await graphqlRequest(server.url, body);
        statements.push(
          (await readFile(file, 'utf8').catch(() => ''))
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Statement)
            .filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text)),
        );
      }
      captured.set(id, statements);
    }
  } finally {
    await server.stop();
    await rm(file, { force: true });
  }
  return captured;
}

/**
 * The floor of our own design: the statements our API sent for one request, all at once
 * through a pg pool (their parameters are known, so none waits for another), no HTTP, no
 * GraphQL, no ORM.
 */
export function replay(pool: Pool, statements: Statement[]): Promise<unknown> {
  return Promise.all(
    statements.map((s) => (s.settings ? inTransaction(pool, s) : pool.query(s.text, s.values))),
  );
}

/** A statement our API runs in a transaction with planner settings, run the same way. */
async function inTransaction(pool: Pool, s: Statement): Promise<unknown> {
  const client = await pool.connect();
  try {
    await client.query(s.settings!);
    const result = await client.query(s.text, s.values);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
