import { AsyncLocalStorage } from 'node:async_hooks';
import { type IncomingHttpHeaders } from 'node:http';
import { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../modules/account/session.service.js';

/**
 * Which database a request's reads go to when read replicas are configured
 * (DATABASE_REPLICA_URLS). Anonymous reads — a GraphQL query without a session cookie, a
 * document — go to one replica, the same for the whole request, so that the cache's
 * `public_data_version` and the answer it stores come from one snapshot stream. Everything else
 * — a signed-in caller (staff read their own writes), any mutation, sign-in, every write and
 * every transaction — goes to the primary.
 *
 * The caveat: replicas lag the primary (usually milliseconds, longer under load), so an
 * anonymous reader may see a publication a moment after the secretariat does.
 */
/** What routing reads of a request: Express's request, or the anonymous lane's. */
interface RoutedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (POST). */
  body?: unknown;
  /** The parsed query string (GET). */
  query?: Request['query'];
}

interface RequestScope {
  /** Index of the replica this request reads from (modulo the number of replicas). */
  replica: number;
  req: RoutedRequest;
  /** Decided on the first read, once the body is parsed. */
  anonymousRead?: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();
let next = 0;

/** Runs `fn` in the scope in which the request's queries are routed. */
export function inReadScope<T>(req: RoutedRequest, fn: () => T): T {
  next = (next + 1) % 1_000_000;
  return storage.run({ replica: next, req }, fn);
}

/** Express middleware: opens the scope in which the request's queries are routed. */
export function readRoutingScope() {
  return (req: Request, _res: Response, done: NextFunction) => inReadScope(req, done);
}

const MUTATION = /\b(mutation|subscription)\b/;

/** True when the current request is an anonymous read (its reads may go to a replica). */
export function inAnonymousRead(): boolean {
  const scope = storage.getStore();
  if (!scope) return false;
  if (scope.anonymousRead === undefined) scope.anonymousRead = decide(scope.req);
  return scope.anonymousRead;
}

function decide(req: RoutedRequest): boolean {
  if (req.headers.cookie?.includes(`${SESSION_COOKIE}=`)) return false;
  if (req.method === 'GET' || req.method === 'HEAD') {
    const query = req.query?.query;
    return !(typeof query === 'string' && MUTATION.test(query));
  }
  const body = req.body as { query?: unknown } | undefined;
  // A body not parsed yet, or not a GraphQL query: stay on the primary.
  return typeof body?.query === 'string' && !MUTATION.test(body.query);
}

/** The replica index of the current request (a new one outside any request). */
export function currentReplicaSlot(): number {
  return storage.getStore()?.replica ?? Math.floor(Math.random() * 1_000_000);
}

const WRITE =
  /\b(insert|update|delete|merge|nextval|setval|set_config|pg_advisory\w*)\b|\bfor\s+(no\s+key\s+)?update\b|\bfor\s+(key\s+)?share\b/i;

/** A statement that only reads (conservatively: anything doubtful is not). */
export function isPlainRead(sql: string): boolean {
  return /^\s*(select|with)\b/i.test(sql) && !WRITE.test(sql);
}
