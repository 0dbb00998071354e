import { type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ErrorCode } from '../graphql/errors.js';

/**
 * Security headers on every response: a content security policy that allows only this site's
 * own scripts (no inline scripts, no outside hosts), no framing, no MIME sniffing.
 */
export function securityHeaders(options: { production: boolean }) {
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
