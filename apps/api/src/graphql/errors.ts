import { GraphQLError } from 'graphql';

/** The stable error codes a client can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database is away or too slow (HTTP 503 with Retry-After); try again shortly. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function userInputError(message: string, field?: string): GraphQLError {
  return error(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
}

export const unauthenticated = () => error(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
export const forbidden = () => error(ErrorCode.FORBIDDEN, 'You may not do this.');
export const notFound = (what: string) => error(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const conflict = (message: string, current?: unknown) =>
  error(ErrorCode.CONFLICT, message, current === undefined ? {} : { current });
/** Answered with HTTP 429 and Retry-After, as well as the code in the body. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  error(ErrorCode.RATE_LIMITED, message, {
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
