import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { useJuryEntry } from '../api/jury-entry.query';
import { juryPaths } from '../paths';
import { AssessmentForm } from './assessment-form';
import { ConflictPanel } from './conflict-panel';
import { DecisionForm } from './decision-form';
import { DeliberationPanel } from './deliberation-panel';
import { formatScore, outcomeLabel, PROGRESS_LABELS } from './labels';
import '../jury.css';

/**
 * One entry: the practice's text beside the viewer's assessment, the others' assessments (once
 * the viewer's own is submitted), conflicts, the deliberation and the decision.
 */
export function JuryEntryPage() {
  const { entryId = '' } = useParams();
  const { data, loading, error, refetch } = useJuryEntry(entryId);
  if (loading && !data) return <Loading label="Loading the entry…" />;
  if (error && !data)
    return <QueryError what="this entry" error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const d = data.juryEntry;
  return (
    <div className="page">
      <PageTitle title={`${d.entry.title} · Jury`} />
      <nav aria-label="Breadcrumb">
        <p>
          <Link to={juryPaths.home.to()}>My competitions</Link> ›{' '}
          <Link to={juryPaths.entries.to(d.competitionId)}>{d.competitionTitle}</Link>
        </p>
      </nav>
      <h1>{d.entry.title}</h1>
      <dl className="facts">
        <dt>Institution</dt>
        <dd>
          {d.entry.institutionName}, {d.entry.countryName}
        </dd>
        {d.inOperationSince && (
          <>
            <dt>In operation since</dt>
            <dd>{d.inOperationSince}</dd>
          </>
        )}
        {d.priorityAreas.length > 0 && (
          <>
            <dt>Priority areas</dt>
            <dd>{d.priorityAreas.join('; ')}</dd>
          </>
        )}
        <dt>My assessment</dt>
        <dd>{PROGRESS_LABELS[d.entry.progress]}</dd>
      </dl>
      {d.nextEntryId && (
        <p>
          <Link to={juryPaths.entry.to(d.nextEntryId)}>Next entry to assess</Link>
        </p>
      )}
      <div className="jury-entry">
        <article aria-labelledby="practice-text">
          <h2 id="practice-text">The practice</h2>
          {d.summary && (
            <>
              <h3>Summary</h3>
              <p className="jury-text">{d.summary}</p>
            </>
          )}
          {d.sections.map((s) => (
            <section key={s.key} aria-labelledby={`section-${s.key}`}>
              <h3 id={`section-${s.key}`}>{s.heading}</h3>
              <p className="jury-text">{s.body}</p>
            </section>
          ))}
        </article>
        <div>
          <AssessmentForm key={entryId} detail={d} practiceId={entryId} />
          <section className="jury-panel" aria-labelledby="others">
            <h2 id="others">Other members’ assessments</h2>
            {!d.othersVisible ? (
              <p className="muted">{d.othersHiddenReason}</p>
            ) : d.otherAssessments.length === 0 ? (
              <p className="muted">No other member has submitted an assessment yet.</p>
            ) : (
              <div
                className="table-frame"
                role="region"
                aria-labelledby="others-caption"
                tabIndex={0}
              >
                <table>
                  <caption id="others-caption">Submitted assessments</caption>
                  <thead>
                    <tr>
                      <th scope="col">Member</th>
                      {d.criteria.map((c) => (
                        <th key={c.id} scope="col" className="number">
                          {c.name}
                        </th>
                      ))}
                      <th scope="col" className="number">
                        Weighted
                      </th>
                      <th scope="col">Proposed outcome</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.otherAssessments.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">{a.memberName}</th>
                        {d.criteria.map((c) => (
                          <td key={c.id} className="number">
                            {a.scores.find((s) => s.criterionId === c.id)?.score ?? '—'}
                          </td>
                        ))}
                        <td className="number">{formatScore(a.weightedScore)}</td>
                        <td>{outcomeLabel(a.proposedOutcome)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <ConflictPanel detail={d} practiceId={entryId} />
          <DeliberationPanel detail={d} practiceId={entryId} />
          <section className="jury-panel" aria-labelledby="decision">
            <h2 id="decision">Decision</h2>
            {d.decision ? (
              <p>
                <strong>{outcomeLabel(d.decision.outcome)}</strong>
                {d.decision.decidedByName && (
                  <span className="muted"> · recorded by {d.decision.decidedByName}</span>
                )}
              </p>
            ) : (
              <p className="muted">
                {d.myConflict && !d.canDecide
                  ? 'Not shown: you have a conflict of interest with this entry.'
                  : 'No decision yet.'}
              </p>
            )}
            {d.decision?.juryText && <p className="jury-text">{d.decision.juryText}</p>}
            {d.canDecide && (
              <DecisionForm
                key={entryId}
                practiceId={entryId}
                title={d.entry.title}
                current={d.decision ?? null}
              />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
