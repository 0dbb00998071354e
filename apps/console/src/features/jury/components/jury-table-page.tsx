import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { type JuryTableSort } from '../../../generated/graphql';
import { useJuryTable } from '../api/jury-table.query';
import { juryExportPath, juryPaths } from '../paths';
import { DecisionForm } from './decision-form';
import { formatScore, outcomeLabel } from './labels';
import '../jury.css';

const COLUMNS: { sort: JuryTableSort | null; label: string; numeric?: boolean }[] = [
  { sort: 'BOOKLET', label: 'No.', numeric: true },
  { sort: 'TITLE', label: 'Entry' },
  { sort: 'ASSESSMENTS', label: 'Assessments', numeric: true },
  { sort: 'WEIGHTED_MEAN', label: 'Weighted mean', numeric: true },
  { sort: 'MEDIAN', label: 'Median', numeric: true },
  { sort: 'SPREAD', label: 'Spread', numeric: true },
  { sort: null, label: 'Proposed outcomes' },
  { sort: null, label: 'Conflicts of interest' },
  { sort: 'OUTCOME', label: 'Decision' },
];

/** The chair's table: every entry's aggregates, the proposals and conflicts; decisions are recorded here. */
export function JuryTablePage() {
  const { competitionId = '' } = useParams();
  const [sort, setSort] = useState<JuryTableSort>('BOOKLET');
  const [descending, setDescending] = useState(false);
  const [deciding, setDeciding] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const { data, loading, error, refetch } = useJuryTable(competitionId, sort, descending);

  function sortBy(column: JuryTableSort) {
    if (column === sort) setDescending(!descending);
    else {
      setSort(column);
      // Scores read best first; names and numbers in their natural order.
      setDescending(['WEIGHTED_MEAN', 'MEDIAN', 'SPREAD', 'ASSESSMENTS'].includes(column));
    }
  }

  function openDecision(id: string) {
    setDeciding(id);
    requestAnimationFrame(() => panel.current?.focus());
  }

  if (loading && !data) return <Loading label="Loading the chair’s table…" />;
  if (error && !data)
    return <QueryError what="the chair’s table" error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const t = data.juryTable;
  const row = t.rows.find((r) => r.id === deciding) ?? null;
  return (
    <div className="page">
      <PageTitle title={`Chair’s table · ${t.competitionTitle}`} />
      <p>
        <Link to={juryPaths.entries.to(competitionId)}>{t.competitionTitle}: entries</Link>
      </p>
      <h1>Chair’s table: {t.competitionTitle}</h1>
      {!t.canDecide && (
        <div className="note" role="note">
          <p>
            The decisions are {t.competitionStatus === 'JUDGING' ? 'not open' : 'locked'} (the
            competition is {t.competitionStatus.toLowerCase()}). Only the secretariat can reopen
            them.
          </p>
        </div>
      )}
      <p>
        Downloads:{' '}
        {(['scores', 'aggregates', 'decisions'] as const).map((kind) => (
          <span key={kind}>
            {kind} (<a href={juryExportPath(competitionId, kind, 'csv')}>CSV</a>,{' '}
            <a href={juryExportPath(competitionId, kind, 'xlsx')}>XLSX</a>){' '}
          </span>
        ))}
      </p>
      <div className="table-frame" role="region" aria-labelledby="chair-table" tabIndex={0}>
        <table>
          <caption id="chair-table">
            {t.rows.length} entries; sorted by{' '}
            {COLUMNS.find((c) => c.sort === sort)?.label.toLowerCase()},{' '}
            {descending ? 'descending' : 'ascending'}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={c.numeric ? 'number' : undefined}
                  aria-sort={
                    c.sort && c.sort === sort
                      ? descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  {c.sort ? (
                    <button type="button" className="jury-sort" onClick={() => sortBy(c.sort!)}>
                      {c.label}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
              {t.canDecide && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.id}>
                <td className="number">{r.rank}</td>
                <th scope="row" className="jury-wrap">
                  <Link to={juryPaths.entry.to(r.id)}>{r.title}</Link>
                  <span className="muted status-date">
                    {r.institutionName} ({r.countryCode})
                  </span>
                </th>
                {r.viewerConflicted ? (
                  <td colSpan={4} className="muted">
                    Withheld: you have a conflict of interest
                  </td>
                ) : (
                  <>
                    <td className="number">{r.submittedCount}</td>
                    {r.scoresHidden ? (
                      <td colSpan={3} className="muted">
                        Submit your own assessment to see the scores
                      </td>
                    ) : (
                      <>
                        <td className="number">{formatScore(r.weightedMean)}</td>
                        <td className="number">{formatScore(r.median)}</td>
                        <td className="number">{formatScore(r.spread)}</td>
                      </>
                    )}
                  </>
                )}
                <td className="jury-wrap">
                  {[
                    ['Award', r.tally.award],
                    ['Special mention', r.tally.specialMention],
                    ['Certificate', r.tally.certificateOfMerit],
                    ['Attestation', r.tally.attestation],
                  ]
                    .filter(([, n]) => Number(n) > 0)
                    .map(([label, n]) => `${label} ${n}`)
                    .join(', ') || '—'}
                </td>
                <td className="jury-wrap">
                  {r.conflicts.length === 0
                    ? '—'
                    : r.conflicts
                        .map(
                          (c) =>
                            `${c.memberName} (${c.reason}${c.source === 'DISMISSED' ? ': dismissed by the member' : ''})`,
                        )
                        .join('; ')}
                </td>
                <td>{r.viewerConflicted ? '—' : outcomeLabel(r.decision?.outcome)}</td>
                {t.canDecide && (
                  <td>
                    {!r.viewerConflicted && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => openDecision(r.id)}
                        aria-label={`Decide on ${r.title}`}
                      >
                        Decide
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {row && t.canDecide && (
        <section
          className="jury-panel"
          aria-labelledby="decision-panel"
          ref={panel}
          tabIndex={-1}
          style={{ marginTop: 'var(--space-5)' }}
        >
          <h2 id="decision-panel">Decision on “{row.title}”</h2>
          <DecisionForm
            key={row.id}
            practiceId={row.id}
            title={row.title}
            current={row.decision ?? null}
          />
          <p>
            <button type="button" className="link-button" onClick={() => setDeciding(null)}>
              Close
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
