import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ErrorCode } from '../graphql/errors.js';

/** Sets the security headers (securityHeaderList) on every response, in one step. */
export function securityHeaders(headers: [string, string][]): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/**
 * The security headers every response carries: a content security policy that allows only this
 * site's own scripts (no inline scripts, no outside hosts), no framing, no MIME sniffing.
 *
 * Helmet writes them; they are the same on every response (no nonce), so they are taken from it
 * once: helmet's chain of ten middlewares on each request was about a tenth of the CPU of
 * answering a cached query.
 */
export function securityHeaderList(options: { production: boolean }): [string, string][] {
  return headersOf(helmetFor(options));
}

/** The headers a middleware that only sets constant headers sets, run once on a blank response. */
function headersOf(middleware: RequestHandler): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  void middleware({} as Request, res as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('the security headers middleware did not finish at once');
  return [...headers];
}

function helmetFor(options: { production: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // data: for the fonts GraphiQL (/api) inlines in its stylesheet; no outside host.
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.production,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The per-address limit of anonymous GraphQL requests; signed-in staff are not limited.
 * `middleware` limits requests through Express; `take` counts a request answered before Express
 * (the anonymous lane), against the same count of the same address.
 */
export interface AnonymousLimit {
  middleware: RequestHandler;
  /**
   * Counts one request from `ip` (the client's address, as Express's `req.ip` gives it): the
   * rate-limit headers to send with its answer, or null when the address is over its limit (then
   * nothing is counted: Express answers it, with the 429, and counts it).
   */
  take(ip: string): Promise<[string, string][] | null>;
}

const WINDOW_MS = 60_000;

export function anonymousRateLimit(perMinute: number): AnonymousLimit {
  if (perMinute === 0)
    return { middleware: (_req, _res, next) => next(), take: () => Promise.resolve([]) };
  const store = new MemoryStore();
  const middleware = rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    store,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req: Request) => !!req.viewer,
    handler: (_req: Request, res: Response, _next, options) => {
      res.status(options.statusCode).json({
        errors: [
          {
            message:
              'Too many requests from this address; slow down and retry after the time in Retry-After.',
            extensions: { code: ErrorCode.RATE_LIMITED },
          },
        ],
      });
    },
  });
  return {
    middleware,
    async take(ip) {
      // The limiter's own key for an address (its default keyGenerator: IPv6 by /56 subnet).
      const key = ipKeyGenerator(ip);
      const { totalHits, resetTime } = await store.increment(key);
      if (totalHits > perMinute) {
        await store.decrement(key);
        return null;
      }
      // The limiter's draft-7 headers.
      const reset = resetTime
        ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
        : WINDOW_MS / 1000;
      return [
        ['RateLimit-Policy', `${perMinute};w=${WINDOW_MS / 1000}`],
        ['RateLimit', `limit=${perMinute}, remaining=${perMinute - totalHits}, reset=${reset}`],
      ];
    },
  };
}
