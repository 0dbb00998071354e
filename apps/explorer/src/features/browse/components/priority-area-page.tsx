import { useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { paths } from '../../../lib/paths';
import { usePriorityAreaPractices } from '../api/priority-area-practices.query';
import { BrowseResults } from './browse-results';

export function PriorityAreaPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch, loadMore, loadMoreError, loadingMore } =
    usePriorityAreaPractices(slug);

  if (loading) return <Loading label="Loading the priority area…" />;
  if (error)
    return <QueryError what="this priority area" error={error} onRetry={() => void refetch()} />;
  const area = data?.priorityArea;
  if (!data || !area) return <NotFound what="priority area" />;

  return (
    <div className="page browse">
      <PageTitle title={area.name} />
      <header>
        <p className="eyebrow">Priority area</p>
        <h1>{area.name}</h1>
      </header>
      <BrowseResults
        practices={data.practices}
        searchLink={paths.search.to({ area: [area.slug] })}
        loadingMore={loadingMore}
        loadMoreError={loadMoreError}
        onLoadMore={loadMore}
      />
    </div>
  );
}
