import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { Navigate, useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { regionLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useCountryPractices } from '../api/country-practices.query';
import { BrowseResults } from './browse-results';

const ISO_CODE = /^[A-Za-z]{2}$/;

/** /countries/KR; /countries/kr is sent to its canonical upper-case address. */
export function CountryPage() {
  const { code = '' } = useParams();
  if (!ISO_CODE.test(code)) return <NotFound what="country" />;
  if (code !== code.toUpperCase())
    return <Navigate to={paths.country.to(code.toUpperCase())} replace />;
  return <CountryPractices code={code} />;
}

function CountryPractices({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, loadMore, loadMoreError, loadingMore } =
    useCountryPractices(code);

  if (loading) return <Loading label={t('browse.loadingCountry')} />;
  if (error)
    return (
      <QueryError what={t('browse.thisCountry')} error={error} onRetry={() => void refetch()} />
    );
  const country = data?.country;
  if (!data || !country) return <NotFound what="country" />;

  return (
    <div className="page browse">
      <PageTitle
        title={country.name}
        description={t('browse.description', { name: country.name })}
      />
      <header>
        <p className="eyebrow">
          {t('browse.country')} · {regionLabel(country.region)}
        </p>
        <h1 lang={CONTENT_LANGUAGE}>{country.name}</h1>
      </header>
      <BrowseResults
        practices={data.practices}
        searchLink={paths.search.to({ country: [country.code] })}
        loadingMore={loadingMore}
        loadMoreError={loadMoreError}
        onLoadMore={loadMore}
      />
    </div>
  );
}
