import { useState, type FormEvent } from 'react';
import { type JuryEntryQuery } from '../../../generated/graphql';
import { formatDate } from '../../../lib/format';
import { usePostDeliberationMessage } from '../api/jury.mutations';
import { describeError } from './jury-errors';

type Detail = JuryEntryQuery['juryEntry'];

/** The entry's discussion thread: the non-conflicted jury and the secretariat only. */
export function DeliberationPanel({ detail, practiceId }: { detail: Detail; practiceId: string }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [post, { loading }] = usePostDeliberationMessage();
  const messages = detail.deliberation;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!body.trim()) return setError('Write a message first.');
    try {
      await post({ variables: { practiceId, body } });
      setBody('');
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <section className="jury-panel" aria-labelledby="deliberation">
      <h2 id="deliberation">Deliberation</h2>
      {messages === null || messages === undefined ? (
        <p className="muted">
          The deliberation on this entry is closed to you because of your conflict of interest.
        </p>
      ) : (
        <>
          {messages.length === 0 ? (
            <p className="muted">
              No message yet. The thread is seen by the jury and the secretariat only.
            </p>
          ) : (
            <ol className="jury-thread" aria-label="Messages">
              {messages.map((m) => (
                <li key={m.id}>
                  <p>
                    <strong>{m.isMine ? 'You' : (m.authorName ?? 'A former member')}</strong>{' '}
                    <span className="muted">{formatDate(m.createdAt)}</span>
                  </p>
                  <p>{m.body}</p>
                </li>
              ))}
            </ol>
          )}
          <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
            {error && (
              <div className="alert" role="alert">
                <p>{error}</p>
              </div>
            )}
            <div className="field">
              <label htmlFor="deliberation-body">Your message</label>
              <textarea
                id="deliberation-body"
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button" disabled={loading}>
                Post to the deliberation
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
