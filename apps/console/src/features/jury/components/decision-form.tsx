import { OUTCOMES_WITH_JURY_TEXT, type Outcome } from '@gpa/shared';
import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useRecordDecision } from '../api/jury.mutations';
import { describeError } from './jury-errors';
import { outcomeLabel, OUTCOME_OPTIONS } from './labels';

export interface CurrentDecision {
  outcome: Outcome;
  juryText?: string | null;
  version: number;
}

interface TheirDecision {
  outcome: Outcome | null;
  juryText: string | null;
  version: number | null;
  decidedByName: string | null;
}

/**
 * Records an entry's outcome and its public text. The server enforces the rules (one Award, the
 * text for the Award and special mentions, the lock); a decision changed by someone else since
 * it was read is refused: the form shows it beside the user's own and asks which to keep (choosing
 * "mine" then saves over the version now shown, never over one the user has not seen).
 */
export function DecisionForm({
  practiceId,
  title,
  current,
  onDone,
}: {
  practiceId: string;
  title: string;
  current: CurrentDecision | null;
  onDone?: () => void;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>(current?.outcome ?? '');
  const [juryText, setJuryText] = useState(current?.juryText ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The version this form was based on: it changes only by saving or by an explicit choice
  // after a conflict, never silently when the page refetches.
  const [baseVersion, setBaseVersion] = useState<number | null>(current?.version ?? null);
  // Someone else's decision, recorded meanwhile: shown beside the user's own until they choose.
  const [theirs, setTheirs] = useState<TheirDecision | null>(null);
  const [record, { loading }] = useRecordDecision();
  const apollo = useApolloClient();
  const needsText = !!outcome && OUTCOMES_WITH_JURY_TEXT.includes(outcome);
  const textLabel = outcome === 'AWARD' ? 'The Jury’s comment' : 'Special mention text';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    if (theirs) return setError('Choose between your decision and the one recorded meanwhile.');
    if (!outcome) return setError('Choose an outcome.');
    if (needsText && !juryText.trim())
      return setError(
        outcome === 'AWARD' ? 'Write the Jury’s comment.' : 'Write the special mention text.',
      );
    try {
      const result = await record({
        variables: {
          input: {
            practiceId,
            outcome,
            juryText: needsText ? juryText : null,
            version: baseVersion,
          },
        },
      });
      setBaseVersion(result.data?.recordDecision.version ?? baseVersion);
      setSaved(`Recorded: ${outcomeLabel(outcome)}.`);
      onDone?.();
    } catch (e) {
      const { message, code, current: now } = describeError(e);
      if (code === 'CONFLICT') {
        void apollo.refetchQueries({ include: 'active' });
        const row = (now ?? {}) as Partial<TheirDecision> & { exists?: boolean };
        setTheirs({
          outcome: row.exists === false ? null : (row.outcome ?? null),
          juryText: row.juryText ?? null,
          version: row.exists === false ? null : (row.version ?? null),
          decidedByName: row.decidedByName ?? null,
        });
        setError(
          'Someone else recorded this decision meanwhile. Compare it with yours and choose which to keep.',
        );
      } else setError(message);
    }
  }

  function keepMine() {
    setBaseVersion(theirs!.version);
    setTheirs(null);
    setError(null);
  }

  function takeTheirs() {
    setOutcome(theirs!.outcome ?? '');
    setJuryText(theirs!.juryText ?? '');
    setBaseVersion(theirs!.version);
    setTheirs(null);
    setError(null);
  }

  return (
    <form
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={`Decision on ${title}`}
    >
      {error && (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      {saved && (
        <div className="success" role="status">
          <p>{saved}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select
          id={`${id}-outcome`}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as Outcome | '')}
        >
          <option value="">Choose an outcome</option>
          {OUTCOME_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {needsText && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{textLabel}</label>
          <p className="hint" id={`${id}-hint`}>
            Published with the results.
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-hint`}
            value={juryText}
            onChange={(e) => setJuryText(e.target.value)}
          />
        </div>
      )}
      {theirs && (
        <section className="conflict-compare" aria-label="The decision recorded meanwhile">
          <div className="conflict-compare__columns">
            <div>
              <h3>Yours (not saved)</h3>
              <p>{outcome ? outcomeLabel(outcome) : 'No outcome'}</p>
              {needsText && juryText && <p>{juryText}</p>}
            </div>
            <div>
              <h3>Recorded meanwhile{theirs.decidedByName ? ` by ${theirs.decidedByName}` : ''}</h3>
              <p>{theirs.outcome ? outcomeLabel(theirs.outcome) : 'No decision any more'}</p>
              {theirs.juryText && <p>{theirs.juryText}</p>}
            </div>
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={takeTheirs}>
              Keep the recorded decision
            </button>
            <button type="button" className="button button--primary" onClick={keepMine}>
              Use mine instead
            </button>
          </div>
        </section>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={loading || !!theirs}>
          Record the decision
        </button>
      </div>
    </form>
  );
}
