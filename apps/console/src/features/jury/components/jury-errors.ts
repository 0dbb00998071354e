import { CombinedGraphQLErrors } from '@apollo/client';

/** The first GraphQL error of a failed request: its message and stable code. */
export function describeError(error: unknown): {
  message: string;
  code: string | null;
  /** With CONFLICT: the row as it is now (`extensions.current`). */
  current?: unknown;
} {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      message: first?.message ?? 'The request failed.',
      code: (first?.extensions?.code as string | undefined) ?? null,
      current: first?.extensions?.current,
    };
  }
  return {
    message: 'We could not reach the server. Check your connection and try again.',
    code: null,
  };
}
