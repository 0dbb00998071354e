import { useTranslation } from '../../../i18n/use-translation';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { SearchForm } from '../../../components/search-form';
import { type HomeQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useHome } from '../api/home.query';
import { useLatestResults } from '../api/latest-results.query';
import { CompetitionList } from './competition-list';
import { HeadlineNumbers } from './headline-numbers';
import { LatestResults } from './latest-results';
import { PriorityAreaTiles } from './priority-area-tiles';

type HomeCompetition = HomeQuery['competitions'][number];

/** The most recent competition; of two in the same year, the first by title. */
function latestCompetition(competitions: readonly HomeCompetition[]) {
  return [...competitions].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))[0];
}

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useHome();
  const latest = data ? latestCompetition(data.competitions) : undefined;
  // The sections under the latest results wait for them (the same query, answered once), so
  // that their arrival does not push what is already on screen down (layout shift).
  const latestResults = useLatestResults(latest);
  const latestSettled = !latest || !latestResults.loading;

  return (
    <div className="page home">
      <PageTitle />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lede">{t('home.lede')}</p>
        <SearchForm size="large" onSearch={(q) => void navigate(paths.search.to({ q }))} />
      </section>

      {loading && <Loading label={t('home.loading')} />}
      {error && (
        <QueryError what={t('home.latestResults')} error={error} onRetry={() => void refetch()} />
      )}
      {data && (
        <>
          <HeadlineNumbers competitions={data.competitions} />
          {latest && <LatestResults competition={latest} />}
          {latestSettled && (
            <>
              <PriorityAreaTiles areas={data.priorityAreas} />
              <CompetitionList competitions={data.competitions} />
              <p>
                <Link to={paths.statistics.to()}>{t('home.statisticsLink')}</Link>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
