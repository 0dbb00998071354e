import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { type JuryEntryProgress } from '../../../generated/graphql';
import { useJuryCompetitions } from '../api/jury-competitions.query';
import { useJuryEntries } from '../api/jury-entries.query';
import { juryPaths } from '../paths';
import { CriteriaEditor } from './criteria-editor';
import { outcomeLabel, PROGRESS_LABELS } from './labels';
import '../jury.css';

const SHOW: { value: string; label: string; progress: JuryEntryProgress[] | null }[] = [
  { value: 'all', label: 'All entries', progress: null },
  { value: 'todo', label: 'To do', progress: ['NOT_STARTED', 'DRAFT'] },
  { value: 'draft', label: 'Drafts', progress: ['DRAFT'] },
  { value: 'assessed', label: 'Assessed', progress: ['SUBMITTED'] },
  { value: 'conflicts', label: 'Conflicts of interest', progress: ['CONFLICTED'] },
];

/** A competition's entries with the viewer's progress, filters and the next entry to assess. */
export function JuryEntriesPage() {
  const { competitionId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const show = SHOW.find((s) => s.value === params.get('show')) ?? SHOW[0]!;
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const competitions = useJuryCompetitions();
  const competition = competitions.data?.juryCompetitions.find((c) => c.id === competitionId);
  const { data, loading, error, refetch } = useJuryEntries(competitionId, {
    progress: show.progress,
    search: search || null,
  });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const value = String(form.get('show') ?? 'all');
    if (value !== 'all') next.set('show', value);
    if (searchText.trim()) next.set('q', searchText.trim());
    setParams(next);
  }

  const title = competition?.title ?? 'Entries';
  return (
    <div className="page">
      <PageTitle title={`${title} · Jury`} />
      <p>
        <Link to={juryPaths.home.to()}>My competitions</Link>
      </p>
      <h1>{title}</h1>
      {competition && (
        <div className="note" role="note">
          <p>
            {competition.isMember ? (
              <>
                You have assessed <strong>{competition.assessedCount}</strong> of{' '}
                {competition.entryCount - competition.conflictCount} entries;{' '}
                <strong>{competition.toDoCount}</strong> to do
                {competition.conflictCount > 0 &&
                  `, ${competition.conflictCount} with a conflict of interest`}
                .{' '}
                {competition.nextEntryId && (
                  <Link to={juryPaths.entry.to(competition.nextEntryId)}>
                    Next entry to assess: {competition.nextEntryTitle}
                  </Link>
                )}
              </>
            ) : (
              <>{competition.entryCount} entries.</>
            )}{' '}
            {(competition.isChair || !competition.isMember) && (
              <Link to={juryPaths.table.to(competitionId)}>Open the chair’s table</Link>
            )}
          </p>
        </div>
      )}
      <form className="jury-filters" onSubmit={apply} aria-label="Filter the entries">
        <div className="field">
          <label htmlFor="jury-show">Show</label>
          <select id="jury-show" name="show" defaultValue={show.value} key={show.value}>
            {SHOW.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="jury-search">Title, institution or country</label>
          <input
            id="jury-search"
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Apply
        </button>
      </form>
      {loading && !data && <Loading label="Loading the entries…" />}
      {error && <QueryError what="the entries" error={error} onRetry={() => void refetch()} />}
      {data &&
        (data.juryEntries.length === 0 ? (
          <p className="empty">No entry matches.</p>
        ) : (
          <div className="table-frame" role="region" aria-labelledby="jury-entries" tabIndex={0}>
            <table>
              <caption id="jury-entries">
                {data.juryEntries.length} entries ({show.label.toLowerCase()})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Entry</th>
                  <th scope="col">Institution</th>
                  <th scope="col">Country</th>
                  <th scope="col">My assessment</th>
                  <th scope="col" className="number">
                    Assessments submitted
                  </th>
                  <th scope="col">Decision</th>
                </tr>
              </thead>
              <tbody>
                {data.juryEntries.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" className="jury-wrap">
                      <Link to={juryPaths.entry.to(e.id)}>{e.title}</Link>
                    </th>
                    <td className="jury-wrap">{e.institutionName}</td>
                    <td>{e.countryName}</td>
                    <td>{PROGRESS_LABELS[e.progress]}</td>
                    <td className="number">{e.submittedCount}</td>
                    <td>{outcomeLabel(e.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {competition && !competition.isMember && <CriteriaEditor competitionId={competitionId} />}
    </div>
  );
}
