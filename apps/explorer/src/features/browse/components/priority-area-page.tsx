import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { paths } from '../../../lib/paths';
import { usePriorityAreaPractices } from '../api/priority-area-practices.query';
import { BrowseResults } from './browse-results';

export function PriorityAreaPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch, loadMore, loadMoreError, loadingMore } =
    usePriorityAreaPractices(slug);

  if (loading) return <Loading label={t('browse.loadingArea')} />;
  if (error)
    return <QueryError what={t('browse.thisArea')} error={error} onRetry={() => void refetch()} />;
  const area = data?.priorityArea;
  if (!data || !area) return <NotFound what="priorityArea" />;

  return (
    <div className="page browse">
      <PageTitle title={area.name} description={t('browse.description', { name: area.name })} />
      <header>
        <p className="eyebrow">{t('browse.priorityArea')}</p>
        <h1 lang={CONTENT_LANGUAGE}>{area.name}</h1>
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
