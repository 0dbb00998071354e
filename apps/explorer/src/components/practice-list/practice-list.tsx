import { useTranslation } from '../../i18n/use-translation';
import { useEffect, useRef } from 'react';
import { type PracticeCardFragment } from '../../generated/graphql';
import { PracticeCard } from './practice-card';

/**
 * A list of practices with "Load more". After more arrive, focus moves to the first new
 * result so that keyboard and screen-reader users continue where the list grew.
 */
export function PracticeList({
  practices,
  totalCount,
  hasNextPage,
  loadingMore,
  loadMoreError,
  onLoadMore,
  headingLevel = 2,
}: {
  practices: readonly PracticeCardFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError?: Error | null;
  onLoadMore: () => void;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || practices.length <= index) return;
    focusIndex.current = null;
    listRef.current?.children[index]?.querySelector<HTMLElement>('a')?.focus();
  }, [practices.length]);

  const handleLoadMore = () => {
    focusIndex.current = practices.length;
    onLoadMore();
  };

  return (
    <>
      <ol className="practice-list" ref={listRef}>
        {practices.map((practice) => (
          <li key={practice.id}>
            <PracticeCard practice={practice} headingLevel={headingLevel} />
          </li>
        ))}
      </ol>
      <div className="load-more">
        <p>{t('list.showing', { shown: practices.length, total: totalCount })}</p>
        {loadMoreError && (
          <p className="alert" role="alert">
            {t('list.loadMoreError')}
          </p>
        )}
        {hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={handleLoadMore}
            disabled={loadingMore}
            aria-busy={loadingMore}
          >
            {loadingMore ? t('list.loadingMore') : t('list.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}
