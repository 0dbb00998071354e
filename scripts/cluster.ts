/**
 * The deployment of compose.yaml without Docker: N API processes (the built
 * `apps/api/dist/main.js`) on loopback ports sharing one PostgreSQL, behind a small load
 * balancer with health checks. The tests start it through `startCluster`; on the command line:
 *
 *   pnpm build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/gpa pnpm cluster --processes 3 --port 8080
 *
 * The first process migrates (and seeds an empty database) before the others start, as
 * compose.yaml orders api-1 before api-2 and api-3. Ctrl-C stops everything gracefully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Balancer } from './lib/balancer.js';
import { startBalancerProcess } from './lib/balancer-process.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'apps/api/dist/main.js');

export interface ApiProcess {
  index: number;
  port: number;
  url: string;
  child: ChildProcess | null;
  /** Sends SIGTERM (graceful) or SIGKILL and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Starts it again on the same port and waits until it is ready. */
  start(): Promise<void>;
}

export interface Cluster {
  /** The balancer's URL: where clients go. */
  url: string;
  balancer: Balancer;
  processes: ApiProcess[];
  stop(): Promise<void>;
}

export interface ClusterOptions {
  databaseUrl: string;
  processes?: number;
  /** The balancer's port (0: any free one). */
  port?: number;
  /** Extra settings for every API process (e.g. DATABASE_REPLICA_URLS). */
  env?: Record<string, string>;
  /** Where the processes' output goes: 'inherit' (default on the command line) or 'ignore'. */
  stdio?: 'inherit' | 'ignore';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the API process on ${url} exited with ${child.exitCode ?? child.signalCode}`,
      );
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} was not ready within ${timeoutMs} ms`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function apiProcess(index: number, port: number, options: ClusterOptions): ApiProcess {
  let exited: Promise<number | null> = Promise.resolve(null);
  const proc: ApiProcess = {
    index,
    port,
    url: `http://127.0.0.1:${port}`,
    child: null,
    async start() {
      const child = spawn(process.execPath, ['--max-semi-space-size=64', MAIN], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          HOST: '127.0.0.1',
          // Behind one balancer every request comes from one address: the per-address limit
          // belongs on the balancer (Caddy in compose.yaml), not here.
          RATE_LIMIT_PER_MINUTE: '0',
          ...options.env,
          PORT: String(port),
          DATABASE_URL: options.databaseUrl,
        },
        stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'],
      });
      proc.child = child;
      exited = new Promise((resolve) =>
        child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
      );
      await waitReady(proc.url, child);
    },
    async stop(signal = 'SIGTERM') {
      const child = proc.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const code = await exited;
      proc.child = null;
      return code;
    },
  };
  return proc;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first.`);
  const count = options.processes ?? 3;
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const processes = ports.map((port, i) => apiProcess(i + 1, port, options));
  try {
    // The first migrates and seeds; the others find the database ready.
    await processes[0]!.start();
    await Promise.all(processes.slice(1).map((p) => p.start()));
  } catch (error) {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    throw error;
  }
  const balancer = await startBalancerProcess({
    backends: processes.map((p) => ({ host: '127.0.0.1', port: p.port })),
    port: options.port ?? 0,
    host: '127.0.0.1',
  });
  return {
    url: balancer.url,
    balancer,
    processes,
    async stop() {
      await balancer.close();
      await Promise.all(processes.map((p) => p.stop('SIGTERM')));
    },
  };
}

// The command line.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'Set DATABASE_URL to a PostgreSQL database all processes share, e.g.\n' +
        '  createdb -h 127.0.0.1 -U postgres gpa\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/gpa pnpm cluster --processes 3 --port 8080',
    );
    process.exit(64);
  }
  const cluster = await startCluster({
    databaseUrl,
    processes: Number(arg('processes', '3')),
    port: Number(arg('port', '8080')),
  });
  console.log(
    `${cluster.processes.length} API processes (${cluster.processes.map((p) => p.port).join(', ')}) ` +
      `behind ${cluster.url}`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
