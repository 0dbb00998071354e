import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type Logger } from 'pino';
import proxyaddr from 'proxy-addr';
import { inReadScope } from '../db/read-routing.js';
import { type GraphQLContext, type RequestFacts } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
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
    /** Set by the anonymous lane when it read the body: /graphql's JSON parser takes it. */
    laneBody?: LaneBody;
  }
}

/** Only what Express's JSON parser reads as UTF-8 JSON without transformation. */
const JSON_TYPE = /^application\/json(?:;\s*charset=utf-8)?$/i;

type Trust = (address: string, hop: number) => boolean;

/** The protocol as Express's `req.protocol` gives it: X-Forwarded-Proto from a trusted proxy. */
function protocolOf(req: IncomingMessage, trust: Trust): string {
  const own = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress ?? '', 0)) return own;
  const header = req.headers['x-forwarded-proto'];
  const value = (Array.isArray(header) ? header[0] : header) ?? own;
  return value.split(',')[0]!.trim();
}

/** The request's headers for Apollo, as its Express integration passes them. */
function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The anonymous lane: GraphQL POSTs of callers without a cookie (the public, and programs using
 * the public API), answered without Express. Express's router, the request logger's
 * per-request child, the session, the body parser, the ETag and the security-header middleware
 * cost about as much CPU as Node's HTTP itself on a cached answer, and a tenth of an uncached
 * practice page. A repeated query is answered from the public cache (one JSON parse, one hash,
 * one version check); any other goes to Apollo directly.
 *
 * It answers exactly as the Express path would: the same status, bytes, security headers,
 * request id, rate-limit count and headers, and log lines. Everything else (a cookie, another
 * method, path, encoding or size, a body that is not a JSON object, an address over its limit)
 * goes on to Express, with the body already read handed over in `req.laneBody`.
 */
export function anonymousLane(options: {
  apollo: ApolloServer<GraphQLContext>;
  context: (facts: RequestFacts) => GraphQLContext;
  cache: PublicResponseCache;
  limit: AnonymousLimit;
  logger: Logger;
  /** The security headers of every response. */
  securityHeaders: [string, string][];
  /** Express's compiled `trust proxy`, so that the client's address is Express's `req.ip`. */
  trust: Trust;
  /** Whether reads are routed to replicas (DATABASE_REPLICA_URLS). */
  routeReads: boolean;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { apollo, cache, limit, logger, trust } = options;
  const constant = Object.fromEntries(options.securityHeaders);

  /** Whether the lane answered (false: nothing was sent nor counted; Express answers). */
  async function serve(req: IncomingMessage, res: ServerResponse, raw: Buffer, started: number) {
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
    const ip = proxyaddr(req, trust);
    const limitHeaders = await limit.take(ip);
    if (!limitHeaders) return false;
    // Counted: from here on the lane answers, whatever happens.
    const id = requestId(req);
    const headers: Record<string, string | number> = {
      ...constant,
      ...Object.fromEntries(limitHeaders),
      'x-request-id': id,
    };
    const done = (status: number) =>
      logCompleted(logger, { id, method: 'POST', url: '/graphql', ip }, status, started);
    /** Sends a JSON answer made here (a cached one, or the lane's own error). */
    const sendJson = (status: number, bytes: Buffer) => {
      res.writeHead(status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': bytes.length,
      });
      res.end(bytes);
      done(status);
    };
    try {
      const key = cache.keyOfHeld(body);
      const bytes = key ? await cache.bytesOf(key) : null;
      if (bytes) {
        sendJson(200, bytes);
        return true;
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: headerMapOf(req), search: '', body },
        context: () =>
          Promise.resolve(
            options.context({
              res,
              viewer: null,
              requestId: id,
              origin: `${protocolOf(req, trust)}://${req.headers.host ?? 'localhost'}`,
              ip,
              userAgent: req.headers['user-agent'] ?? null,
            }),
          ),
      });
      const status = answer.status ?? 200;
      // Set on `res` rather than passed to writeHead: a resolver may have set a cookie there.
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      if (answer.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(answer.body.string));
        res.writeHead(status);
        res.end(answer.body.string);
      } else {
        res.writeHead(status);
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      }
      done(status);
    } catch (error) {
      // Apollo turns every resolver's error into an answer: this is a fault of the lane itself.
      logger.error({ err: error, reqId: id }, 'unhandled error');
      if (res.headersSent) {
        res.destroy();
        done(500);
      } else {
        const error = {
          message: 'Internal server error.',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
        sendJson(500, Buffer.from(JSON.stringify({ errors: [error] })));
      }
    }
    return true;
  }

  /** With read replicas: `serve` in the request's read-routing scope (see read-routing.ts). */
  const routed = (req: IncomingMessage, res: ServerResponse, raw: Buffer, started: number) =>
    options.routeReads
      ? inReadScope(
          {
            method: 'POST',
            headers: req.headers,
            // Read when the first query is routed: by then the body is parsed.
            get body() {
              return req.laneBody?.value;
            },
          },
          () => serve(req, res, raw, started),
        )
      : serve(req, res, raw, started);

  return (req, res, next) => {
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
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
      routed(req, res, Buffer.concat(chunks), started).then(
        (answered) => answered || next(),
        // Express answers, from the body already read (unless the answer had gone out).
        () => res.headersSent || next(),
      );
    });
  };
}
