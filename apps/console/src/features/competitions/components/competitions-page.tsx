import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { hasAnyRole, useViewer } from '../../../app/viewer';
import { formatCount, formatDate } from '../../../lib/format';
import { useManagedCompetitions } from '../api/competitions.api';
import { competitionPaths, STATUS_LABELS } from '../paths';

export function CompetitionsPage() {
  const { viewer } = useViewer();
  const secretariat = hasAnyRole(viewer, ['SECRETARIAT']);
  const { data, loading, error, refetch } = useManagedCompetitions();
  return (
    <div className="page">
      <PageTitle title="Competitions" />
      <h1>Competitions</h1>
      {secretariat && (
        <p>
          <Link className="button button--primary" to={competitionPaths.create}>
            New competition
          </Link>
        </p>
      )}
      {loading && !data && <Loading label="Loading the competitions…" />}
      {error && <QueryError what="the competitions" error={error} onRetry={() => void refetch()} />}
      {data &&
        (data.managedCompetitions.length === 0 ? (
          <p className="empty">There is no competition yet.</p>
        ) : (
          <div className="table-frame">
            <table>
              <caption>Competitions, latest first</caption>
              <thead>
                <tr>
                  <th scope="col">Competition</th>
                  <th scope="col">Status</th>
                  <th scope="col">Submission deadline</th>
                  <th scope="col" className="number">
                    Entries
                  </th>
                  <th scope="col" className="number">
                    Decided
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.managedCompetitions.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {secretariat ? (
                        <Link to={competitionPaths.detail(c.id)}>{c.title}</Link>
                      ) : (
                        c.title
                      )}
                    </th>
                    <td>
                      <span className="status-badge">{STATUS_LABELS[c.status] ?? c.status}</span>
                      {c.publishedAt && (
                        <span className="status-date">{formatDate(c.publishedAt)}</span>
                      )}
                    </td>
                    <td>{formatDate(c.submissionDeadline) ?? '—'}</td>
                    <td className="number">{formatCount(c.entryCount)}</td>
                    <td className="number">{formatCount(c.decidedCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
