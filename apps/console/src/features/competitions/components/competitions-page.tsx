import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { useCompetitionsOverview } from '../api/competitions-overview.query';
import { CompetitionsTable } from './competitions-table';

export function CompetitionsPage() {
  const { data, loading, error, refetch } = useCompetitionsOverview();
  return (
    <div className="page">
      <PageTitle title="Competitions" />
      <h1>Competitions</h1>
      <div className="note" role="note">
        <p>
          <strong>Read-only for now.</strong> Signing in arrives with the accounts work; until then
          the console shows what the public API publishes, so only published competitions are listed
          here.
        </p>
      </div>
      {loading && <Loading label="Loading the competitions…" />}
      {error && <QueryError what="the competitions" error={error} onRetry={() => void refetch()} />}
      {data &&
        (data.competitions.length === 0 ? (
          <p className="empty">No competitions are published yet.</p>
        ) : (
          <CompetitionsTable competitions={data.competitions} />
        ))}
    </div>
  );
}
