import { type Request, type Response, Router } from 'express';
import { type DataSource } from 'typeorm';
import { AppDataSource } from '../db/data-source.js';
import { readRoutingScope } from '../db/read-routing.js';
import { type MemoryWatch } from './memory.js';

/** /readyz answers within this long even when the database hangs. */
const READY_TIMEOUT_MS = 1500;

export interface Readiness {
  /** SIGTERM received: /readyz answers 503 while requests are still served. */
  draining: boolean;
  /** Whether the search index has its first snapshot, waiting up to the given time for it. */
  searchIndexReady?: (waitMs: number) => Promise<boolean>;
  /** The process's memory, reported by /healthz (for the load suite and dashboards). */
  memory?: MemoryWatch;
}

/**
 * /healthz: the process is alive, with its memory (resident size, heap, and the heap after the
 * last full collection: the figure that shows a leak). /readyz: the primary database answers within 1.5 s, no
 * migration is pending and the search index has been built once (at 100,000 practices that
 * takes seconds after start: until then searches would be answered by the slower SQL); a load
 * balancer sends traffic only while it is 200. Replicas are
 * reported but do not decide readiness (an unreachable replica's reads go to the primary).
 *
 * Mounted first on the app, the router also opens each request's read-routing scope (which
 * database its reads go to when replicas are configured; see db/read-routing.ts).
 */
export function healthRouter(
  dataSource: DataSource,
  readiness: Readiness = { draining: false },
): Router {
  const router = Router();
  let migrationsCurrent = false;
  router.get('/healthz', (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    res.json({ status: 'ok', ...(readiness.memory && { memory: readiness.memory.figures() }) });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (readiness.draining) {
      // SIGTERM received: still serving, but a balancer should stop sending new requests.
      res.status(503).json({ status: 'draining' });
      return;
    }
    const ping = await pingDatabase(dataSource);
    if (!ping.primary) {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...ping.extra });
      return;
    }
    try {
      // A process's migrations cannot become pending once current: ask until they are.
      if (!migrationsCurrent) migrationsCurrent = !(await dataSource.showMigrations());
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...ping.extra });
      return;
    }
    if (!migrationsCurrent) {
      res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending' });
      return;
    }
    if (readiness.searchIndexReady && !(await readiness.searchIndexReady(READY_TIMEOUT_MS))) {
      res.status(503).json({
        status: 'starting',
        database: 'ok',
        migrations: 'current',
        searchIndex: 'building',
      });
      return;
    }
    res.json({ status: 'ok', database: 'ok', migrations: 'current', ...ping.extra });
  });
  if (dataSource instanceof AppDataSource && dataSource.replicaCount)
    router.use(readRoutingScope());
  return router;
}

async function pingDatabase(
  dataSource: DataSource,
): Promise<{ primary: boolean; extra: { replicas?: string[] } }> {
  if (dataSource instanceof AppDataSource) {
    const { primary, replicas } = await dataSource.ping(READY_TIMEOUT_MS);
    return {
      primary,
      extra: replicas.length ? { replicas: replicas.map((ok) => (ok ? 'ok' : 'unreachable')) } : {},
    };
  }
  try {
    await dataSource.query('SELECT 1');
    return { primary: true, extra: {} };
  } catch {
    return { primary: false, extra: {} };
  }
}
