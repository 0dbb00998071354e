import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type Logger } from 'pino';

/** The request's id: the caller's X-Request-Id when it is a plain token, else a new one. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/** Requests not logged: the balancers' health checks. */
export const unlogged = (url: string | undefined) => url === '/healthz' || url === '/readyz';

/**
 * One short line per request: no headers (a staff member's session cookie has no place in the
 * logs, and the response's dozen security headers are the same every time).
 */
export const requestLogSerializers = {
  // The client's address as Express sees it (`trust proxy`): behind the balancer, the socket's
  // own address would be the balancer's.
  req: (req: {
    id: unknown;
    method: string;
    url: string;
    remoteAddress?: string;
    raw?: { ip?: string };
  }) => ({
    id: req.id,
    method: req.method,
    url: req.url,
    remoteAddress: req.raw?.ip ?? req.remoteAddress,
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** The line pino-http writes when a request completes, for a request answered without it. */
export function logCompleted(
  logger: Logger,
  req: { id: string; method: string; url: string; ip: string },
  statusCode: number,
  started: number,
): void {
  if (!logger.isLevelEnabled('info')) return;
  logger.info(
    {
      req: { id: req.id, method: req.method, url: req.url, remoteAddress: req.ip },
      res: { statusCode },
      responseTime: Date.now() - started,
    },
    'request completed',
  );
}
