import { type Outcome } from '@gpa/shared';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { type JuryEntryQuery } from '../../../generated/graphql';
import { useSaveJuryAssessment } from '../api/jury.mutations';
import { describeError } from './jury-errors';
import { formatScore, OUTCOME_OPTIONS } from './labels';

type Detail = JuryEntryQuery['juryEntry'];

const SCALE = [
  { value: 1, label: '1 (weak)' },
  { value: 2, label: '2' },
  { value: 3, label: '3' },
  { value: 4, label: '4' },
  { value: 5, label: '5 (excellent)' },
];

/**
 * The viewer's assessment: a 1–5 scale per criterion, a proposed outcome and private notes;
 * saved as a draft or submitted. A save names the version it started from, so a save from
 * another window in between is refused and the form shows the latest state instead.
 */
export function AssessmentForm({ detail, practiceId }: { detail: Detail; practiceId: string }) {
  const mine = detail.myAssessment;
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries((mine?.scores ?? []).map((s) => [s.criterionId, s.score])),
  );
  const [outcome, setOutcome] = useState<Outcome | ''>(mine?.proposedOutcome ?? '');
  const [notes, setNotes] = useState(mine?.notes ?? '');
  const [message, setMessage] = useState<{ kind: 'alert' | 'success'; text: string } | null>(null);
  const [save, { loading }] = useSaveJuryAssessment();
  const apollo = useApolloClient();
  const readOnly = !detail.canAssess;
  // After a refused (stale) save the form takes the latest saved state once it has been refetched.
  const resetPending = useRef(false);
  useEffect(() => {
    if (!resetPending.current) return;
    resetPending.current = false;
    setScores(Object.fromEntries((mine?.scores ?? []).map((s) => [s.criterionId, s.score])));
    setOutcome(mine?.proposedOutcome ?? '');
    setNotes(mine?.notes ?? '');
  }, [mine]);

  async function submit(submitIt: boolean) {
    setMessage(null);
    try {
      const res = await save({
        variables: {
          input: {
            practiceId,
            scores: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })),
            proposedOutcome: outcome || null,
            notes,
            submit: submitIt,
            version: mine?.version ?? null,
          },
        },
      });
      setMessage({
        kind: 'success',
        text: res.data?.saveJuryAssessment.submitted
          ? 'Your assessment is submitted.'
          : 'Your draft is saved.',
      });
    } catch (error) {
      const { message: text, code } = describeError(error);
      if (code === 'CONFLICT') resetPending.current = true;
      if (code === 'CONFLICT') void apollo.refetchQueries({ include: 'active' });
      setMessage({
        kind: 'alert',
        text:
          code === 'CONFLICT'
            ? 'Your assessment was changed in another window meanwhile. The latest version is shown below; check it and save again.'
            : text,
      });
    }
  }

  return (
    <section className="jury-panel" aria-labelledby="my-assessment">
      <h2 id="my-assessment">My assessment</h2>
      {mine?.submitted && (
        <p className="muted">
          Submitted · weighted score {formatScore(mine.weightedScore)}. You may still correct it
          while the jury is judging.
        </p>
      )}
      {readOnly && !mine && (
        <p className="muted">
          {detail.myConflict
            ? 'You have a conflict of interest with this entry: you do not assess it.'
            : 'Assessments are not open for this competition.'}
        </p>
      )}
      {message && (
        <div className={message.kind} role={message.kind === 'alert' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </div>
      )}
      {(detail.canAssess || mine) && (
        <form
          className="form"
          noValidate
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            void submit(!!mine?.submitted);
          }}
        >
          {detail.criteria.map((c) => (
            <fieldset key={c.id} disabled={readOnly}>
              <legend>
                {c.name} <span className="muted">(weight {c.weight})</span>
              </legend>
              {c.description && <p className="hint muted">{c.description}</p>}
              <div className="jury-scale">
                {SCALE.map((s) => (
                  <label key={s.value}>
                    <input
                      type="radio"
                      name={`score-${c.id}`}
                      value={s.value}
                      checked={scores[c.id] === s.value}
                      onChange={() => setScores((all) => ({ ...all, [c.id]: s.value }))}
                    />
                    {s.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="field">
            <label htmlFor="proposed-outcome">Proposed outcome</label>
            <select
              id="proposed-outcome"
              value={outcome}
              disabled={readOnly}
              onChange={(e) => setOutcome(e.target.value as Outcome | '')}
            >
              <option value="">Not yet proposed</option>
              {OUTCOME_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="private-notes">Private notes</label>
            <p className="hint" id="private-notes-hint">
              Only you see these notes.
            </p>
            <textarea
              id="private-notes"
              aria-describedby="private-notes-hint"
              value={notes}
              disabled={readOnly}
              onChange={(e) => setNotes(e.target.value)}
            />
          </div>
          {!readOnly && (
            <div className="actions">
              {mine?.submitted ? (
                <button type="submit" className="button button--primary" disabled={loading}>
                  Save changes
                </button>
              ) : (
                <>
                  <button type="submit" className="button" disabled={loading}>
                    Save draft
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={loading}
                    onClick={() => void submit(true)}
                  >
                    Submit assessment
                  </button>
                </>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
