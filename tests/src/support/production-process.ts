import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = path.join(ROOT, 'apps/api/dist/main.js');

export interface ProductionProcess {
  url: string;
  /** Milliseconds from spawn to /readyz answering 200. */
  readyMs: number;
  stop(): Promise<number | null>;
}

/** The process exited before it was ready. */
class ExitedEarly extends Error {}

/**
 * A port nothing listens on, below the kernel's ephemeral range (32768 and up here): a port in
 * that range can be taken by any outgoing connection, or by the embedded database's own
 * listener, between this check and the API's listen.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/**
 * The built production process (`node apps/api/dist/main.js`), exactly as the README's start
 * command runs it, on a free port. Requires `pnpm build` first. A process that exits before it
 * is ready (another program took the port first) is started again on another port, twice.
 */
export async function startProductionProcess(
  env: Record<string, string>,
  attempts = 3,
): Promise<ProductionProcess> {
  try {
    return await startOnce(env);
  } catch (error) {
    if (attempts <= 1 || !(error instanceof ExitedEarly)) throw error;
    return startProductionProcess(env, attempts - 1);
  }
}

async function startOnce(env: Record<string, string>): Promise<ProductionProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first.`);
  const port = await freePort();
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=64', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  for (;;) {
    if (child.exitCode !== null)
      throw new ExitedEarly(`the production process exited with ${child.exitCode}`);
    if (Date.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error('the production process did not become ready within 90 s');
    }
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    readyMs: Date.now() - started,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
