import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { useJuryCompetitions } from '../api/jury-competitions.query';
import { juryPaths } from '../paths';
import '../jury.css';

/** "My competitions": the juries the viewer sits on, with their progress and what to do next. */
export function JuryHomePage() {
  const { data, loading, error, refetch } = useJuryCompetitions();
  const competitions = data?.juryCompetitions ?? [];
  const mine = competitions.filter((c) => c.isMember);
  const others = competitions.filter((c) => !c.isMember);
  return (
    <div className="page">
      <PageTitle title="Jury" />
      <h1>My competitions</h1>
      {loading && !data && <Loading label="Loading your competitions…" />}
      {error && (
        <QueryError what="your competitions" error={error} onRetry={() => void refetch()} />
      )}
      {data && mine.length === 0 && others.length === 0 && (
        <p className="empty">You do not sit on any jury yet.</p>
      )}
      {mine.length > 0 && (
        <div className="table-frame" role="region" aria-labelledby="jury-mine" tabIndex={0}>
          <table>
            <caption id="jury-mine">Juries you sit on</caption>
            <thead>
              <tr>
                <th scope="col">Competition</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Assessed
                </th>
                <th scope="col" className="number">
                  To do
                </th>
                <th scope="col" className="number">
                  Conflicts
                </th>
                <th scope="col">Next entry to assess</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={juryPaths.entries.to(c.id)}>{c.title}</Link>
                    {c.isChair && (
                      <span className="muted status-date">
                        You chair this jury ·{' '}
                        <Link to={juryPaths.table.to(c.id)}>Chair’s table</Link>
                      </span>
                    )}
                  </th>
                  <td>{c.status.toLowerCase()}</td>
                  <td className="number">
                    {c.assessedCount} of {c.entryCount - c.conflictCount}
                  </td>
                  <td className="number">{c.toDoCount}</td>
                  <td className="number">{c.conflictCount}</td>
                  <td className="jury-wrap">
                    {c.nextEntryId ? (
                      <Link to={juryPaths.entry.to(c.nextEntryId)}>{c.nextEntryTitle}</Link>
                    ) : (
                      <span className="muted">Nothing left to assess</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {others.length > 0 && (
        <>
          <h2>All competitions (secretariat)</h2>
          <ul>
            {others.map((c) => (
              <li key={c.id}>
                <Link to={juryPaths.entries.to(c.id)}>{c.title}</Link> ({c.status.toLowerCase()},{' '}
                {c.entryCount} entries) · <Link to={juryPaths.table.to(c.id)}>Jury table</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
