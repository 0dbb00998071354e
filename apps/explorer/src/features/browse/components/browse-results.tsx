import { Link } from 'react-router';
import { PracticeList } from '../../../components/practice-list/practice-list';
import { type PracticeCardFragment } from '../../../generated/graphql';
import { useTranslation } from '../../../i18n/use-translation';

/** The practices of a browse page, with their count and a way on to the full search. */
export function BrowseResults({
  practices,
  searchLink,
  loadingMore,
  loadMoreError,
  onLoadMore,
}: {
  practices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    nodes: readonly PracticeCardFragment[];
  };
  searchLink: string;
  loadingMore: boolean;
  loadMoreError: Error | null;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="browse-results-title">
      <div className="results__bar">
        <h2 id="browse-results-title">{t('browse.published', { count: practices.totalCount })}</h2>
        {practices.totalCount > 0 && <Link to={searchLink}>{t('browse.searchThese')}</Link>}
      </div>
      {practices.totalCount === 0 ? (
        <p className="empty">{t('browse.none')}</p>
      ) : (
        <PracticeList
          practices={practices.nodes}
          totalCount={practices.totalCount}
          hasNextPage={practices.pageInfo.hasNextPage}
          loadingMore={loadingMore}
          loadMoreError={loadMoreError}
          onLoadMore={onLoadMore}
          headingLevel={3}
        />
      )}
    </section>
  );
}
