import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../graphql/errors.js';

/** FORBIDDEN with a reason the person can act on (a conflict, a lock), rather than the generic one. */
export const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });

/** PostgreSQL's unique_violation: a concurrent insert of the same row won the race. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { code?: string }).code === '23505' ||
      (error as { driverError?: { code?: string } }).driverError?.code === '23505')
  );
}
