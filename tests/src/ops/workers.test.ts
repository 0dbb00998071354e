import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../support/production-process.js';
import { createServerDatabase, serverAvailable, type ServerDatabase } from './server-database.js';

/**
 * API_WORKERS=2: the production process forks two API processes that serve one port; one that
 * dies is replaced while the other answers, and SIGTERM stops them all gracefully.
 */
const available = await serverAvailable();

/** The process ids of a process's children. */
function children(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

async function until<T>(check: () => T | undefined, ms: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const TITLES = `{ practices(query: "mobile", first: 5) { totalCount nodes { title } } }`;
const ask = async (url: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ query: TITLES }),
  });
  return { status: res.status, body: await res.json() };
};

describe.skipIf(!available)('API_WORKERS: several processes on one port', () => {
  let db: ServerDatabase;
  let api: ChildProcess;
  let url: string;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    db = await createServerDatabase('gpa_workers');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: db.url,
        API_WORKERS: '2',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    exited = new Promise((resolve) => api.once('exit', (code) => resolve(code)));
    // Ready once the primary says both workers listen.
    await new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input: api.stdout! });
      lines.on('line', (line) => {
        if (line.includes('"msg":"API workers listening"')) resolve();
      });
      api.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
  }, 180_000);

  afterAll(async () => {
    if (api?.exitCode === null) {
      api.kill('SIGTERM');
      await exited;
    }
    await db?.drop();
  });

  it('serves from two workers, replaces one that dies, and stops them all on SIGTERM', async () => {
    const workers = await until(() => {
      const pids = children(api.pid!);
      return pids.length === 2 ? pids : undefined;
    }, 30_000);
    const first = await ask(url);
    expect(first.status).toBe(200);
    expect(first.body.data.practices.totalCount).toBeGreaterThanOrEqual(5);

    // One worker killed: the other keeps answering, and a new one takes its place.
    process.kill(workers[0]!, 'SIGKILL');
    await until(() => (existsSync(`/proc/${workers[0]}`) ? undefined : true), 10_000);
    for (let i = 0; i < 10; i += 1) expect(await ask(url)).toEqual(first);
    const replaced = await until(() => {
      const pids = children(api.pid!);
      return pids.length === 2 && !pids.includes(workers[0]!) ? pids : undefined;
    }, 60_000);
    expect(replaced).toContain(workers[1]);

    api.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(children(api.pid!)).toEqual([]);
  }, 120_000);
});
