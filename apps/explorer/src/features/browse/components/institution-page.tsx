import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { paths } from '../../../lib/paths';
import { useInstitutionPractices } from '../api/institution-practices.query';
import { BrowseResults } from './browse-results';

export function InstitutionPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch, loadMore, loadMoreError, loadingMore } =
    useInstitutionPractices(slug);

  if (loading) return <Loading label={t('browse.loadingInstitution')} />;
  if (error)
    return (
      <QueryError what={t('browse.thisInstitution')} error={error} onRetry={() => void refetch()} />
    );
  const institution = data?.institution;
  if (!data || !institution) return <NotFound what="institution" />;

  return (
    <div className="page browse">
      <PageTitle
        title={institution.name}
        description={t('browse.description', { name: institution.name })}
      />
      <header>
        <p className="eyebrow">{t('browse.institution')}</p>
        <h1 lang={CONTENT_LANGUAGE}>
          {institution.name}
          {institution.acronym && (
            <>
              {' '}
              <span className="muted">({institution.acronym})</span>
            </>
          )}
        </h1>
        <p lang={CONTENT_LANGUAGE}>
          <Link to={paths.country.to(institution.country.code)}>{institution.country.name}</Link>
        </p>
      </header>
      <BrowseResults
        practices={data.practices}
        searchLink={paths.search.to({ institution: [institution.slug] })}
        loadingMore={loadingMore}
        loadMoreError={loadMoreError}
        onLoadMore={loadMore}
      />
    </div>
  );
}
