import path from 'node:path';
import { API_MAIN, BENCH_ROOT } from '../lib/paths.js';
import { freePort, graphqlRequest, type Server, startServer } from './processes.js';

/**
 * Our production process as `pnpm start` runs it, on a free loopback port, on `url`. The
 * anonymous rate limit is off (it would measure the limiter, not the search); `preload` adds
 * modules loaded before main.js (the SQL capture of the explain tool).
 */
export async function startOurApi(
  url: string,
  options: { poolSize: number; preload?: string[]; env?: Record<string, string> },
): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: 'our API',
    command: process.execPath,
    // As the README's start command runs it (a young generation of 64 MB).
    args: [
      '--max-semi-space-size=64',
      ...(options.preload ?? []).flatMap((m) => ['--import', m]),
      API_MAIN,
    ],
    cwd: BENCH_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      LOG_SQL: 'false',
      DATABASE_POOL_SIZE: String(options.poolSize),
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
    port,
    ready: async (u) => (await fetch(`${u}/readyz`)).ok,
    // Ready once the in-memory search index is built: seconds at 100,000 practices, a minute
    // or more at a million. A process that dies meanwhile (out of heap) fails at once.
    timeoutMs: 15 * 60_000,
  });
}

/** PostGraphile v4 (postgraphile-server.ts) over the bench_pg schema of `url`. */
export async function startPostGraphile(
  url: string,
  options: { poolSize: number },
): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: 'PostGraphile',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(BENCH_ROOT, 'src/bench/postgraphile-server.ts')],
    cwd: BENCH_ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url,
      PORT: String(port),
      POOL_SIZE: String(options.poolSize),
      NODE_ENV: 'production',
    },
    port,
    ready: async (u) => !!(await graphqlRequest(u, JSON.stringify({ query: '{ __typename }' }))),
  });
}
