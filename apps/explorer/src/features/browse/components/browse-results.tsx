import { Link } from 'react-router';
import { PracticeList } from '../../../components/practice-list/practice-list';
import { type PracticeCardFragment } from '../../../generated/graphql';
import { pluralize } from '../../../lib/format';

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
  return (
    <section aria-labelledby="browse-results-title">
      <div className="results__bar">
        <h2 id="browse-results-title">{pluralize(practices.totalCount, 'published practice')}</h2>
        {practices.totalCount > 0 && <Link to={searchLink}>Search and filter these practices</Link>}
      </div>
      {practices.totalCount === 0 ? (
        <p className="empty">No practices are published here yet.</p>
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
