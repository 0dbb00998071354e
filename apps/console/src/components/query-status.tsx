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
        <strong>We could not load {what}.</strong>{' '}
        {error.message ? `The server said: ${error.message}` : 'Please try again in a moment.'}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
