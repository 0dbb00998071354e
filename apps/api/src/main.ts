import cluster from 'node:cluster';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { collectGarbage } from './http/memory.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { superviseWorkers } from './workers.js';

/** The bound on finishing in-flight requests, after the drain period. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const logger = createLogger(config.logLevel);
if (config.workers > 1 && cluster.isPrimary) {
  // The heap check (see serve): passed on to every worker, which hold the heaps.
  process.on('SIGUSR2', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGUSR2');
  });
  try {
    await superviseWorkers(
      config.workers,
      logger,
      config.shutdownDrainMs + SHUTDOWN_TIMEOUT_MS + 1000,
    );
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(1);
  }
} else {
  await serve(config);
}

async function serve(config: Config) {
  try {
    const server = await startServer(config, logger);
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error('shutdown timed out');
        process.exit(1);
      }, config.shutdownDrainMs + SHUTDOWN_TIMEOUT_MS);
      timer.unref();
      server.drain();
      const drained = new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
      drained
        .then(() => server.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
    };
    // An operator's (and the load suite's) heap check: a full collection now, after which
    // /healthz's memory.liveHeapMb is what the process really holds.
    process.on('SIGUSR2', () => {
      collectGarbage();
      logger.info(
        { heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) },
        'full garbage collection (SIGUSR2)',
      );
    });
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}
