/**
 * The balancer in a process of its own, as Caddy is in compose.yaml. In the process that starts
 * the cluster it would share one event loop with whatever else runs there — in the load suite,
 * hundreds of clients — and every request would wait in that one queue twice: the suite then
 * measured its own client, not the cluster. `startBalancerProcess` has startBalancer's interface;
 * the child (this file, run directly) reports its backends' health after every check.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, type Balancer, startBalancer } from './balancer.js';

type Options = Parameters<typeof startBalancer>[0];

interface State {
  backends: { healthy: boolean }[];
  failures: number;
}
type FromChild =
  { type: 'ready'; port: number; state: State } | { type: 'state'; state: State; checked?: number };
type ToChild = { type: 'check'; id: number } | { type: 'close' };

const HERE = fileURLToPath(import.meta.url);
const API_DIR = path.resolve(path.dirname(HERE), '../../apps/api');

export async function startBalancerProcess(options: Options): Promise<Balancer> {
  // tsx from the API package (where the scripts run from), whatever loader started this one.
  const child: ChildProcess = fork(HERE, [JSON.stringify(options)], {
    cwd: API_DIR,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const backends: Backend[] = options.backends.map((b) => ({ ...b, healthy: false }));
  let failures = 0;
  let nextCheck = 0;
  const waiting = new Map<number, () => void>();
  const apply = (state: State) => {
    state.backends.forEach((b, i) => (backends[i]!.healthy = b.healthy));
    failures = state.failures;
  };
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the balancer exited with ${code}`)));
    child.on('message', (message: FromChild) => {
      apply(message.state);
      if (message.type === 'ready') resolve(message.port);
      else if (message.checked !== undefined) {
        waiting.get(message.checked)?.();
        waiting.delete(message.checked);
      }
    });
  });
  child.removeAllListeners('exit');
  // A child that is already going (Ctrl-C reaches the whole process group) cannot be told.
  child.on('error', () => undefined);
  const send = (message: ToChild) => {
    if (child.connected) child.send(message);
  };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    pid: child.pid,
    backends,
    get failures() {
      return failures;
    },
    check: () =>
      new Promise<void>((resolve) => {
        const id = nextCheck++;
        waiting.set(id, resolve);
        send({ type: 'check', id });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        if (child.connected) send({ type: 'close' });
        else child.kill('SIGTERM');
      }),
  };
}

// The child: a balancer reporting to its parent.
if (process.argv[1] && path.resolve(process.argv[1]) === HERE && process.send) {
  const options = JSON.parse(process.argv[2]!) as Options;
  const balancer = await startBalancer({
    ...options,
    onChecked: () => report(),
  });
  const state = (): State => ({
    backends: balancer.backends.map((b) => ({ healthy: b.healthy })),
    failures: balancer.failures,
  });
  const report = (checked?: number) => process.send!({ type: 'state', state: state(), checked });
  process.send({ type: 'ready', port: balancer.port, state: state() });
  process.on('message', (message: ToChild) => {
    if (message.type === 'check') void balancer.check().then(() => report(message.id));
    else void balancer.close().then(() => process.exit(0));
  });
  // The parent gone (killed, crashed): nothing left to balance for.
  process.on('disconnect', () => void balancer.close().then(() => process.exit(0)));
}
