import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ErrorCode } from '../graphql/errors.js';

/**
 * Security headers on every response: a content security policy that allows only this site's
 * own scripts (no inline scripts, no outside hosts), no framing, no MIME sniffing.
 *
 * Helmet writes them; they are the same on every response (no nonce), so they are taken from it
 * once and set in one step: helmet's chain of ten middlewares on each request was about a tenth
 * of the CPU of answering a cached query.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const headers = headersOf(helmetFor(options));
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
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

/** Per-address limit for anonymous GraphQL requests; signed-in staff are not limited. */
export function anonymousRateLimit(perMinute: number): RequestHandler {
  // Off (0): not even the limiter's own bookkeeping on each request.
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
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
}
