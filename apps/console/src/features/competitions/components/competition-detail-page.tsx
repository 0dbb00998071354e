import {
  COMPETITION_TRANSITIONS,
  REGION_LABELS,
  REGIONS,
  type CompetitionStatus,
  type Region,
} from '@gpa/shared';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { formatDate } from '../../../lib/format';
import { publicPaths } from '../../../lib/paths';
import {
  useCreateCompetitionFrom,
  useManagedCompetition,
  useSetCompetitionStatus,
} from '../api/competitions.api';
import { Alert, ConfirmButton, Field, problemOf } from '../form-kit';
import { certificatesZip, competitionPaths, STATUS_LABELS } from '../paths';

const ORDER: CompetitionStatus[] = ['DRAFT', 'OPEN', 'JUDGING', 'DECIDED', 'PUBLISHED'];

const MOVES: Partial<Record<string, { label: string; question: string }>> = {
  'DRAFT>OPEN': {
    label: 'Open for entries',
    question: 'Open the competition for entries? Institutions’ entries can then be recorded.',
  },
  'OPEN>DRAFT': {
    label: 'Back to draft',
    question: 'Stop accepting entries and go back to draft?',
  },
  'OPEN>JUDGING': {
    label: 'Close entries and start judging',
    question: 'Close the call for entries and hand the entries to the jury?',
  },
  'JUDGING>OPEN': {
    label: 'Reopen for entries',
    question: 'Reopen the call for entries? The jury’s work stays as it is.',
  },
  'JUDGING>DECIDED': {
    label: 'Mark as decided',
    question: 'Mark the jury’s decisions as final? Every entry must have a decision.',
  },
  'DECIDED>JUDGING': { label: 'Back to judging', question: 'Reopen judging?' },
  'PUBLISHED>DECIDED': {
    label: 'Withdraw the publication',
    question:
      'Withdraw the published results? The competition and its entries disappear from the public site at once.',
  },
};

export function CompetitionDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch } = useManagedCompetition(id);
  const [setStatus] = useSetCompetitionStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(
    (location.state as { saved?: boolean } | null)?.saved ? 'The changes are saved.' : null,
  );
  const c = data?.managedCompetition;

  async function move(status: CompetitionStatus) {
    if (!c) return;
    setProblem(null);
    setDone(null);
    try {
      await setStatus({ variables: { id: c.id, status, expectedVersion: c.version } });
      setDone(`The competition is now: ${STATUS_LABELS[status]}.`);
    } catch (e) {
      const p = problemOf(e);
      setProblem(p.message);
      if (p.code === 'CONFLICT') void refetch();
    }
  }

  if (loading && !c) return <Loading label="Loading the competition…" />;
  if (error && !c)
    return <QueryError what="the competition" error={error} onRetry={() => void refetch()} />;
  if (!c) return null;
  const moves = COMPETITION_TRANSITIONS[c.status].filter((s) => s !== 'PUBLISHED');

  return (
    <div className="page">
      <PageTitle title={c.title} />
      <p>
        <Link to={competitionPaths.list}>← Competitions</Link>
      </p>
      <h1>{c.title}</h1>
      <ol className="lifecycle" aria-label="Lifecycle">
        {ORDER.map((s) => (
          <li key={s} aria-current={s === c.status ? 'step' : undefined}>
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ol>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      {done && (
        <Alert kind="success">
          <p>{done}</p>
        </Alert>
      )}
      <div className="actions section">
        {moves.map((s) => {
          const move_ = MOVES[`${c.status}>${s}`];
          return (
            <ConfirmButton
              key={s}
              label={move_?.label ?? STATUS_LABELS[s]!}
              question={move_?.question ?? `Move to ${STATUS_LABELS[s]}?`}
              confirmLabel={`Yes: ${(move_?.label ?? STATUS_LABELS[s]!).toLowerCase()}`}
              danger={s === 'DECIDED' && c.status === 'PUBLISHED'}
              onConfirm={() => move(s)}
            />
          );
        })}
        {(c.status === 'DECIDED' || c.status === 'PUBLISHED') && (
          <Link className="button button--primary" to={competitionPaths.preview(c.id)}>
            {c.status === 'DECIDED' ? 'Preview and publish' : 'Preview the public page'}
          </Link>
        )}
      </div>

      <nav aria-label="This competition" className="section">
        <ul className="actions">
          <li>
            <Link to={competitionPaths.entries(c.id)}>Entries ({c.entryCount} submitted)</Link>
          </li>
          <li>
            <Link to={competitionPaths.jury(c.id)}>Manage the jury</Link>
          </li>
          <li>
            <Link to={competitionPaths.edit(c.id)}>Edit the settings</Link>
          </li>
          {c.status === 'PUBLISHED' && (
            <li>
              <a href={publicPaths.competition(c.slug)}>Public page</a>
            </li>
          )}
          {(c.status === 'DECIDED' || c.status === 'PUBLISHED') && (
            <li>
              <a href={certificatesZip(c.slug)} download>
                Certificates (ZIP)
              </a>
            </li>
          )}
        </ul>
      </nav>

      <h2>Settings</h2>
      <dl className="facts">
        <dt>Triennium</dt>
        <dd>
          {c.trienniumStartYear}–{c.trienniumEndYear}
        </dd>
        <dt>Priority areas</dt>
        <dd>{c.priorityAreas.map((a) => a.name).join('; ')}</dd>
        <dt>Forum</dt>
        <dd>
          {[c.forumName, c.forumPlace, formatDate(c.forumDate)].filter(Boolean).join(', ') || '—'}
        </dd>
        <dt>Submission deadline</dt>
        <dd>{formatDate(c.submissionDeadline) ?? '—'}</dd>
        <dt>Entries</dt>
        <dd>
          {c.entryCount} submitted, {c.draftCount} drafts, {c.withdrawnCount} withdrawn;{' '}
          {c.decidedCount} decided
        </dd>
        <dt>Published</dt>
        <dd>{formatDate(c.publishedAt) ?? 'Not yet'}</dd>
      </dl>

      <StartFrom sourceId={c.id} region={c.region} year={c.year} />
    </div>
  );
}

function StartFrom({ sourceId, region, year }: { sourceId: string; region: Region; year: number }) {
  const [values, setValues] = useState({ region, year: String(year + 1) });
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [create, { loading }] = useCreateCompetitionFrom();
  const navigate = useNavigate();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const y = Number(values.year);
    if (!values.year.trim() || !Number.isInteger(y) || y < 2000 || y > 2100) {
      setError({ field: 'year', message: 'Give a year between 2000 and 2100.' });
      document.getElementById('start-from-year')?.focus();
      return;
    }
    setError(null);
    try {
      const res = await create({ variables: { sourceId, year: y, region: values.region } });
      if (res.data) void navigate(competitionPaths.edit(res.data.createCompetitionFrom.id));
    } catch (e) {
      const p = problemOf(e);
      setError({ field: p.field === 'region' ? 'region' : 'year', message: p.message });
    }
  }
  return (
    <section className="section" aria-labelledby="start-from-heading">
      <h2 id="start-from-heading">Start a new competition from these settings</h2>
      <p className="muted">
        The triennium and its priority areas, the forum’s name and the introduction texts are
        copied; entries, jury and decisions are not.
      </p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="grid-2">
          <Field
            id="start-from-region"
            label="Region of the new competition"
            error={error?.field === 'region' ? error.message : null}
          >
            {(props) => (
              <select
                {...props}
                value={values.region}
                onChange={(e) => setValues((v) => ({ ...v, region: e.target.value as Region }))}
              >
                {REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {REGION_LABELS[r].charAt(0).toUpperCase() + REGION_LABELS[r].slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="start-from-year"
            label="Year of the new competition"
            error={error?.field === 'year' ? error.message : null}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                value={values.year}
                onChange={(e) => setValues((v) => ({ ...v, year: e.target.value }))}
              />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            Start the new competition
          </button>
        </div>
      </form>
    </section>
  );
}
