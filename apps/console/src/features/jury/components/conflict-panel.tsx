import { useState, type FormEvent } from 'react';
import { type JuryEntryQuery } from '../../../generated/graphql';
import { useConfirmConflict, useDeclareConflict, useWithdrawConflict } from '../api/jury.mutations';
import { describeError } from './jury-errors';

type Detail = JuryEntryQuery['juryEntry'];

/**
 * The viewer's conflict of interest with the entry (declare with a reason, withdraw; confirm or
 * dismiss a proposed one) and, for the chair and the secretariat, every member's.
 */
export function ConflictPanel({ detail, practiceId }: { detail: Detail; practiceId: string }) {
  const mine = detail.myConflict;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [declare, declaring] = useDeclareConflict();
  const [confirm, confirming] = useConfirmConflict();
  const [withdraw, withdrawing] = useWithdrawConflict();
  const busy = declaring.loading || confirming.loading || withdrawing.loading;
  const isMember = detail.canAssess || !!detail.myAssessment || !!mine;
  const others = detail.conflicts.filter((c) => !c.isMine && c.source !== 'DISMISSED');
  // Proposals members dismissed: listed for the chair and the secretariat only (the API's choice).
  const dismissed = detail.conflicts.filter((c) => c.source === 'DISMISSED');

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setReason('');
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  function onDeclare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return setError('Say why you have a conflict of interest.');
    void run(() => declare({ variables: { practiceId, reason } }));
  }

  return (
    <section className="jury-panel" aria-labelledby="conflicts">
      <h2 id="conflicts">Conflict of interest</h2>
      {error && (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      {mine ? (
        <>
          <p>
            {mine.source === 'PROPOSED' ? (
              <>
                <strong>Proposed:</strong> {mine.reason}.{' '}
                {mine.confirmed ? 'You confirmed it.' : 'Please confirm or dismiss it.'}
              </>
            ) : (
              <>
                <strong>You declared a conflict:</strong> {mine.reason}
              </>
            )}
          </p>
          <p className="muted">
            You do not see the other members’ assessments of this entry, its deliberation or its
            decision, and you take no part in it.
          </p>
          <div className="actions">
            {mine.source === 'PROPOSED' && !mine.confirmed && (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void run(() => confirm({ variables: { practiceId } }))}
              >
                Confirm the conflict
              </button>
            )}
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void run(() => withdraw({ variables: { practiceId } }))}
            >
              {mine.source === 'PROPOSED' ? 'Dismiss: no conflict' : 'Withdraw the conflict'}
            </button>
          </div>
        </>
      ) : (
        isMember && (
          <form className="form" onSubmit={onDeclare} noValidate>
            <div className="field">
              <label htmlFor="conflict-reason">Reason for a conflict of interest</label>
              <p className="hint" id="conflict-reason-hint">
                E.g. you work or worked for this institution, or advised it on this practice.
              </p>
              <textarea
                id="conflict-reason"
                aria-describedby="conflict-reason-hint"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                Declare a conflict of interest
              </button>
            </div>
          </form>
        )
      )}
      {others.length > 0 && (
        <>
          <h3>Members with a conflict</h3>
          <ul>
            {others.map((c) => (
              <li key={c.id}>
                {c.memberName}: {c.reason}{' '}
                <span className="muted">
                  (
                  {c.source === 'PROPOSED'
                    ? c.confirmed
                      ? 'proposed, confirmed'
                      : 'proposed'
                    : 'declared'}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {dismissed.length > 0 && (
        <>
          <h3>Proposals dismissed</h3>
          <ul>
            {dismissed.map((c) => (
              <li key={c.id}>
                {c.memberName}: {c.reason} <span className="muted">(dismissed by the member)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!mine && others.length === 0 && !isMember && <p className="muted">None declared.</p>}
    </section>
  );
}
