import { type ErrorLike } from '@apollo/client';
import { useTranslation } from '../i18n/use-translation';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {label ?? t('status.loading')}
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
  const { t } = useTranslation();
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const detail = offline
    ? t('status.offline')
    : error.message
      ? t('status.serverSaid', { message: error.message })
      : t('status.tryLater');
  return (
    <div className="alert" role="alert">
      <p>
        <strong>{t('status.couldNotLoad', { what })}</strong> {detail}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.tryAgain')}
        </button>
      )}
    </div>
  );
}
