import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';
import proxyaddr from 'proxy-addr';
import { type PublicResponseCache } from '../modules/catalog/public-response-cache.js';
import { logCompleted, requestId } from './request-log.js';
import { type AnonymousLimit } from './security.js';

/** The largest JSON body /graphql accepts (Express answers a larger one with 413). */
export const MAX_BODY_BYTES = 100 * 1024;

/** What the lane made of a body it read before handing the request on to Express. */
export interface LaneBody {
  value?: unknown;
  /** As Express's JSON parser reports a body that is not JSON (400, entity.parse.failed). */
  error?: Error & { status: number; type: string };
}

declare module 'node:http' {
  interface IncomingMessage {
    /** Set by the cache lane when it read the body: /graphql's JSON parser takes it from here. */
    laneBody?: LaneBody;
  }
}

/** Only what Express's JSON parser reads as UTF-8 JSON without transformation. */
const JSON_TYPE = /^application\/json(?:;\s*charset=utf-8)?$/i;

/**
 * The cache lane: answers a repeated anonymous GraphQL POST from the public cache before Express
 * sees it. Express's router, the request logger's per-request child, the session, the body
 * parser and the security-header middleware cost about as much CPU as Node's HTTP itself on a
 * cached answer; here the same answer costs one JSON parse, one hash and one version check.
 *
 * It answers exactly as the Express path would: the same bytes, security headers, request id,
 * rate-limit count and headers, and log line. Everything else (a cookie, another method, path,
 * encoding or size, a miss, an address over its limit, a body that is not JSON) goes on to
 * Express, with the body already read handed over in `req.laneBody`.
 */
export function cacheLane(options: {
  cache: PublicResponseCache;
  limit: AnonymousLimit;
  logger: Logger;
  /** The security headers of every response. */
  securityHeaders: [string, string][];
  /** Express's compiled `trust proxy`, so that the client's address is Express's `req.ip`. */
  trust: (address: string, hop: number) => boolean;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { cache, limit, logger, trust } = options;
  const constant = Object.fromEntries(options.securityHeaders);

  async function answer(req: IncomingMessage, res: ServerResponse, raw: Buffer, started: number) {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = undefined;
    }
    // Express's parser is strict: an object or an array, nothing else.
    if (typeof body !== 'object' || body === null) {
      const error = Object.assign(new Error('The request body is not valid JSON.'), {
        status: 400,
        type: 'entity.parse.failed',
      });
      req.laneBody = { error };
      return false;
    }
    req.laneBody = { value: body };
    const key = cache.keyOfHeld(body);
    if (!key) return false;
    const bytes = await cache.bytesOf(key);
    if (!bytes) return false;
    const ip = proxyaddr(req, trust);
    const limitHeaders = await limit.take(ip);
    if (!limitHeaders) return false;
    cache.hits += 1;
    const id = requestId(req);
    res.writeHead(200, {
      ...constant,
      ...Object.fromEntries(limitHeaders),
      'x-request-id': id,
      'content-type': 'application/json; charset=utf-8',
      'content-length': bytes.length,
    });
    res.end(bytes);
    logCompleted(logger, { id, method: 'POST', url: '/graphql', ip }, 200, started);
    return true;
  }

  return (req, res, next) => {
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      !cache.enabled ||
      req.headers.cookie !== undefined ||
      req.headers['content-encoding'] !== undefined ||
      req.headers['transfer-encoding'] !== undefined ||
      !(length > 0 && length <= MAX_BODY_BYTES) ||
      !JSON_TYPE.test(req.headers['content-type'] ?? '')
    )
      return next();
    const started = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A broken upload has nobody left to answer.
    req.on('error', () => res.destroy());
    req.on('end', () => {
      answer(req, res, Buffer.concat(chunks), started).then(
        (answered) => answered || next(),
        // Express answers, from the body already read (unless the answer had gone out).
        () => res.headersSent || next(),
      );
    });
  };
}
