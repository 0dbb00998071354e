import cluster, { type Worker } from 'node:cluster';
import { type Logger } from 'pino';

/** How long a replacement waits after a worker died, so that a crash loop does not spin. */
const RESTART_DELAY_MS = 1000;

/**
 * API_WORKERS > 1: this process (the primary) runs that many API processes, which serve the
 * same port (node:cluster hands each new connection to one of them in turn); it serves nothing
 * itself. The first worker starts alone (it migrates, seeds an empty database, builds its search
 * index), then the others, as compose.yaml orders api-1 before the rest. A worker that dies is
 * replaced. SIGTERM or SIGINT is passed on to every worker, each shuts down gracefully (main.ts),
 * and the primary exits once all have: 0 if they all exited 0, 1 otherwise or after `stopMs`.
 */
export async function superviseWorkers(
  count: number,
  logger: Logger,
  stopMs: number,
): Promise<void> {
  let stopping = false;
  let stopSignal: NodeJS.Signals | null = null;
  let failed = false;

  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork();
      const exited = (code: number | null) =>
        reject(new Error(`API worker ${worker.process.pid} exited with ${code} while starting`));
      worker.once('exit', exited);
      worker.once('listening', () => {
        worker.off('exit', exited);
        resolve(worker);
      });
    });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      // A worker still starting has no handler yet: the signal itself ends it, which is fine.
      if (code !== 0 && signal !== stopSignal) failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'API worker exited; starting another');
    setTimeout(() => {
      if (!stopping)
        fork().catch((error: unknown) => logger.error({ err: error }, 'restart failed'));
    }, RESTART_DELAY_MS).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stopSignal = signal;
    logger.info({ signal }, 'stopping the API workers');
    const workers = Object.values(cluster.workers ?? {});
    if (!workers.length) process.exit(0);
    for (const worker of workers) worker?.process.kill(signal);
    setTimeout(() => {
      logger.error('the API workers did not stop in time');
      process.exit(1);
    }, stopMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  // The first alone (migrations, seed), then the rest together.
  await fork();
  await Promise.all(Array.from({ length: count - 1 }, fork));
  logger.info({ workers: count }, 'API workers listening');
}
