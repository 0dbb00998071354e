/**
 * What a caller sees when the database is away or too slow: one stable code
 * (`SERVICE_UNAVAILABLE`, HTTP 503 with Retry-After), one plain sentence, never the driver's
 * message (it names hosts and ports) nor a stack.
 *
 * The error is thrown by the pool itself (see `resilientPg` in data-source.ts), so every path —
 * GraphQL resolvers, TypeORM's QueryFailedError (which copies the driver error's own properties),
 * plugins — carries the same `extensions`, which GraphQL turns into the response's code and status.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;

export class DatabaseUnavailableError extends Error {
  /** Read by GraphQL (code and HTTP status of the answer) and kept by QueryFailedError. */
  readonly extensions = {
    code: SERVICE_UNAVAILABLE,
    http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  };
  /** Read by Express-style error handlers. */
  readonly status = 503;
  readonly expose = true;
  /** What went wrong, for the logs (never sent to a client). */
  readonly reason: string;

  constructor(kind: 'unreachable' | 'timeout', cause: unknown) {
    super(
      kind === 'timeout'
        ? 'The database did not answer in time. Try again in a moment.'
        : 'The database is unavailable. Try again in a moment.',
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
    this.reason = cause instanceof Error ? cause.message : String(cause);
  }

  /** TypeORM builds QueryFailedError's message from this: the sentence alone, no class name. */
  override toString() {
    return this.message;
  }
}

// Node's socket errors: the server cannot be reached or the link broke.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATE: class 08 (connection exception), shutdown, starting up, too many connections.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// statement_timeout, and a query cancelled because the server is going away.
const TIMEOUT_SQLSTATES = new Set(['57014']);

// The pg driver's own messages for a broken or never-made connection.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /not queryable/,
];

/**
 * The unavailability an error means, if any: "unreachable" (no connection), "timeout" (the
 * database is up but did not answer within the limits), or null for every other error (bad SQL,
 * constraint violations…), which must keep its own meaning.
 */
export function classifyDatabaseError(error: unknown): 'unreachable' | 'timeout' | null {
  if (!(error instanceof Error)) return null;
  if (error instanceof DatabaseUnavailableError)
    return error.message.includes('in time') ? 'timeout' : 'unreachable';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return 'unreachable';
    if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code)) return 'unreachable';
    if (TIMEOUT_SQLSTATES.has(code)) return 'timeout';
  }
  if (error.message === 'Query read timeout') return 'timeout';
  if (UNAVAILABLE_MESSAGES.some((re) => re.test(error.message))) return 'unreachable';
  return null;
}

/**
 * The error to throw instead of `error`: a DatabaseUnavailableError, or `error` itself. Any
 * failure to get a connection (`connecting`: refused, timed out, not accepting connections,
 * refused credentials) means the database cannot serve.
 */
export function toDatabaseError(error: unknown, connecting = false): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  const kind = classifyDatabaseError(error) ?? (connecting ? 'unreachable' : null);
  return kind ? new DatabaseUnavailableError(kind, error) : error;
}

/** True when `error` (or the error TypeORM wrapped) means the database is away or too slow. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const ext = (error as { extensions?: { code?: unknown } } | null)?.extensions;
  return ext?.code === SERVICE_UNAVAILABLE;
}
