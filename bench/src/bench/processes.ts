import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface Server {
  name: string;
  url: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Spawns a server process and resolves once `ready(url)` holds, or rejects after `timeoutMs`
 * or when the process exits first (with the end of its output).
 */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  port: number;
  ready: (url: string) => Promise<boolean>;
  timeoutMs?: number;
}): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  exited.then(() => running.delete(child));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let gone = false;
  exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    if (await options.ready(url).catch(() => false)) return { name: options.name, url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${options.name} did not become ready${gone ? ' (it exited)' : ''}:\n${output}`);
}

/** Stops every server still running (on an interrupt or a failure). */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

export async function graphqlRequest(
  url: string,
  body: string,
  timeoutMs = 300_000,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || json.errors) {
    throw new Error(
      `${url}: HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`,
    );
  }
  return json;
}
