import { useState, type FormEvent } from 'react';
import { useJuryCriteria, useSaveJuryCriteria } from '../api/jury-criteria.api';
import { describeError } from './jury-errors';

interface Row {
  key: string;
  id: string | null;
  name: string;
  description: string;
  weight: string;
}

let next = 0;

/** The secretariat sets the criteria each entry is scored on, with their weights. */
export function CriteriaEditor({ competitionId }: { competitionId: string }) {
  const { data } = useJuryCriteria(competitionId);
  if (!data) return null;
  return (
    <CriteriaForm
      key={data.juryCriteria[0]?.listVersion ?? 0}
      competitionId={competitionId}
      listVersion={data.juryCriteria[0]?.listVersion ?? 1}
      initial={data.juryCriteria.map((c) => ({
        key: c.id,
        id: c.id,
        name: c.name,
        description: c.description,
        weight: String(c.weight),
      }))}
    />
  );
}

function CriteriaForm({
  competitionId,
  listVersion,
  initial,
}: {
  competitionId: string;
  /** The version of the list read: a save made over a newer one is refused (CONFLICT). */
  listVersion: number;
  initial: Row[];
}) {
  const [rows, setRows] = useState(initial);
  const [message, setMessage] = useState<{ kind: 'alert' | 'success'; text: string } | null>(null);
  const [save, { loading }] = useSaveJuryCriteria();
  const update = (key: string, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      await save({
        variables: {
          competitionId,
          expectedVersion: listVersion,
          criteria: rows.map((r) => ({
            id: r.id,
            name: r.name,
            description: r.description,
            weight: Number(r.weight),
          })),
        },
      });
      setMessage({ kind: 'success', text: 'The criteria are saved.' });
    } catch (error) {
      const { message, code } = describeError(error);
      setMessage({
        kind: 'alert',
        text:
          code === 'CONFLICT'
            ? 'Someone else changed the criteria meanwhile; the form now shows them. Make your change again.'
            : message,
      });
    }
  }

  return (
    <section className="jury-panel" aria-labelledby="criteria-title">
      <h2 id="criteria-title">Assessment criteria</h2>
      <p className="muted">
        Every member scores each entry from 1 to 5 on these; the weights set the weighted mean.
        Removing a criterion removes its scores.
      </p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {message && (
          <div className={message.kind} role={message.kind === 'alert' ? 'alert' : 'status'}>
            <p>{message.text}</p>
          </div>
        )}
        {rows.map((r, i) => (
          <fieldset key={r.key}>
            <legend>Criterion {i + 1}</legend>
            <div className="field">
              <label htmlFor={`criterion-name-${r.key}`}>Name</label>
              <input
                id={`criterion-name-${r.key}`}
                value={r.name}
                onChange={(e) => update(r.key, { name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`criterion-description-${r.key}`}>Description</label>
              <input
                id={`criterion-description-${r.key}`}
                value={r.description}
                onChange={(e) => update(r.key, { description: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`criterion-weight-${r.key}`}>Weight</label>
              <input
                id={`criterion-weight-${r.key}`}
                type="number"
                min="0.1"
                step="0.1"
                inputMode="decimal"
                value={r.weight}
                onChange={(e) => update(r.key, { weight: e.target.value })}
              />
            </div>
            <div className="actions">
              <button
                type="button"
                className="button button--danger"
                onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
                aria-label={`Remove criterion ${r.name || i + 1}`}
              >
                Remove
              </button>
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              setRows((all) => [
                ...all,
                { key: `new-${++next}`, id: null, name: '', description: '', weight: '1' },
              ])
            }
          >
            Add a criterion
          </button>
          <button type="submit" className="button button--primary" disabled={loading}>
            Save the criteria
          </button>
        </div>
      </form>
    </section>
  );
}
