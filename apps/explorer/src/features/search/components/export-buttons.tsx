import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { type PracticeListArgs } from '../../../components/practice-list/more-practices.query';

type Progress =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done' }
  | { state: 'failed' };

/**
 * Downloads every row of the current result set as CSV or JSON. The export code loads only
 * when a button is pressed; it pages through the public API as any client would.
 */
export function ExportButtons({ args, total }: { args: PracticeListArgs; total: number }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const running = progress.state === 'running';

  const run = async (format: 'csv' | 'json') => {
    setProgress({ state: 'running', done: 0, total });
    try {
      const { exportResults } = await import('../export/export-results');
      await exportResults(client, args, format, (done, all) =>
        setProgress({ state: 'running', done, total: all }),
      );
      setProgress({ state: 'done' });
    } catch {
      setProgress({ state: 'failed' });
    }
  };

  return (
    <div className="export">
      <span className="export__label" id="export-label">
        {t('search.export')}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={running || total === 0}
        aria-label={t('search.exportCsvLabel', { count: total })}
        onClick={() => void run('csv')}
      >
        {t('search.exportCsv')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={running || total === 0}
        aria-label={t('search.exportJsonLabel', { count: total })}
        onClick={() => void run('json')}
      >
        {t('search.exportJson')}
      </button>
      <span className="export__status" aria-live="polite">
        {progress.state === 'running' &&
          t('search.exporting', { done: progress.done, total: progress.total })}
        {progress.state === 'done' && t('search.exportDone')}
        {progress.state === 'failed' && t('search.exportFailed')}
      </span>
    </div>
  );
}
