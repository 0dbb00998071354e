import { type ErrorLike } from '@apollo/client';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="status" role="status">
      {label}
    </p>
  );
}

/** A failed request: says what could not be loaded and offers to try again. */
export function QueryError({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: ErrorLike;
  onRetry?: () => void;
}) {
  return (
    <div className="alert" role="alert">
      <p>
        <strong>We could not load {what}.</strong> {describe(error)}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

function describe(error: ErrorLike): string {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'You appear to be offline.';
  return error.message ? `The server said: ${error.message}` : 'Please try again in a moment.';
}
