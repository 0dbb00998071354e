import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { SearchForm } from '../../../components/search-form';
import { type HomeQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useHome } from '../api/home.query';
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
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useHome();
  const latest = data ? latestCompetition(data.competitions) : undefined;

  return (
    <div className="page home">
      <PageTitle />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Good practices in social security</h1>
        <p className="lede">
          Social security institutions share what worked for them. Search the good practices that
          took part in the Good Practice Awards, and read the Jury’s results for each competition.
        </p>
        <SearchForm size="large" onSearch={(q) => navigate(paths.search.to({ q }))} />
      </section>

      {loading && <Loading label="Loading the latest results…" />}
      {error && (
        <QueryError what="the latest results" error={error} onRetry={() => void refetch()} />
      )}
      {data && (
        <>
          <HeadlineNumbers competitions={data.competitions} />
          {latest && <LatestResults competition={latest} />}
          <PriorityAreaTiles areas={data.priorityAreas} />
          <CompetitionList competitions={data.competitions} />
        </>
      )}
    </div>
  );
}
