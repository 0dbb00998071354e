import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { Alert, ConfirmButton, Field, problemOf } from '../../competitions/form-kit';
import { competitionPaths } from '../../competitions/paths';
import { useCompetitionJury, useJuryMutations, useSetJurorAffiliation } from '../api/jury.api';
import { JurorAffiliation } from './juror-affiliation';

export function JuryPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useCompetitionJury(id);
  const jury = useJuryMutations(id);
  const setAffiliation = useSetJurorAffiliation(id);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const c = data?.managedCompetition;

  async function run(action: () => Promise<unknown>, success: string) {
    setProblem(null);
    setDone(null);
    try {
      await action();
      setDone(success);
    } catch (e) {
      setProblem(problemOf(e).message);
      void refetch();
    }
  }

  if (loading && !c) return <Loading label="Loading the jury…" />;
  if (error && !c)
    return <QueryError what="the jury" error={error} onRetry={() => void refetch()} />;
  if (!c || !data) return null;
  const members = c.jury;
  const seated = new Set(members.map((m) => m.userId));
  const candidates = data.juryCandidates.filter((u) => !seated.has(u.id));
  const move = (index: number, by: number) => {
    const ids = members.map((m) => m.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    const who = members[index]!.userName ?? members[index]!.description;
    void run(
      () => jury.reorder({ variables: { competitionId: c.id, memberIds: ids } }),
      `${who} moved ${by < 0 ? 'up' : 'down'}.`,
    );
  };

  return (
    <div className="page">
      <PageTitle title={`Jury · ${c.title}`} />
      <p>
        <Link to={competitionPaths.detail(c.id)}>← {c.title}</Link>
      </p>
      <h1>Jury of {c.title}</h1>
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
      {members.length === 0 ? (
        <p className="empty">No one sits on this jury yet.</p>
      ) : (
        <div className="table-frame">
          <table>
            <caption>Members, in the order the booklet lists them</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Public description</th>
                <th scope="col">Chair</th>
                <th scope="col">Own institution and country</th>
                <th scope="col" className="number">
                  Progress
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m, i) => {
                const who = m.userName ?? m.name ?? `Member ${i + 1}`;
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      {who}
                      {m.userEmail && <span className="status-date">{m.userEmail}</span>}
                    </th>
                    <td style={{ whiteSpace: 'normal' }}>{m.description}</td>
                    <td>
                      {m.isChair ? (
                        <strong>Chair</strong>
                      ) : (
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void run(
                              () => jury.setChair({ variables: { id: m.id } }),
                              `${who} now chairs the jury.`,
                            )
                          }
                        >
                          Make {who} the chair
                        </button>
                      )}
                    </td>
                    <td style={{ whiteSpace: 'normal' }}>
                      {m.userId ? (
                        <JurorAffiliation
                          who={who}
                          current={{
                            institutionId: m.affiliationInstitutionId ?? null,
                            institutionName: m.affiliationInstitutionName ?? null,
                            countryCode: m.affiliationCountryCode ?? null,
                          }}
                          onSave={async (institutionId, countryCode) => {
                            setProblem(null);
                            setDone(null);
                            await setAffiliation({
                              variables: { userId: m.userId!, institutionId, countryCode },
                            });
                            setDone(
                              `The institution and country of ${who} are saved; conflicts of interest with their entries are proposed to them.`,
                            );
                          }}
                        />
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="number">
                      {m.assessed == null ? '—' : `${m.assessed} of ${m.entriesTotal} assessed`}
                    </td>
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          className="button"
                          disabled={i === 0}
                          aria-label={`Move ${who} up`}
                          onClick={() => move(i, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={i === members.length - 1}
                          aria-label={`Move ${who} down`}
                          onClick={() => move(i, 1)}
                        >
                          ↓
                        </button>
                        <EditDescription
                          who={who}
                          description={m.description}
                          version={m.version}
                          onSave={async (description, expectedVersion) => {
                            setProblem(null);
                            setDone(null);
                            try {
                              await jury.update({
                                variables: { id: m.id, description, name: m.name, expectedVersion },
                              });
                            } catch (e) {
                              void refetch();
                              throw e;
                            }
                            setDone(`The description of ${who} is saved.`);
                          }}
                        />
                        <ConfirmButton
                          label={`Remove ${who}`}
                          question={`Take ${who} off the jury?`}
                          confirmLabel={`Yes: remove ${who}`}
                          danger
                          onConfirm={() =>
                            run(
                              () => jury.remove({ variables: { id: m.id } }),
                              `${who} is no longer on the jury.`,
                            )
                          }
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <AddMember
        candidates={candidates}
        onAdd={(userId, description) =>
          run(
            () => jury.add({ variables: { input: { competitionId: c.id, userId, description } } }),
            'The member is added to the jury.',
          )
        }
      />
    </div>
  );
}

/** What a refused save says the member is now (CONFLICT's `extensions.current`). */
function currentMember(value: unknown): { description: string; version: number } | null {
  const m = value as { description?: unknown; version?: unknown } | null;
  return m && typeof m.description === 'string' && typeof m.version === 'number'
    ? { description: m.description, version: m.version }
    : null;
}

/**
 * Edits one member's public description, naming the version it started from. When someone
 * else saved meanwhile, the form shows their text, keeps this one, and a second Save replaces
 * theirs knowingly.
 */
function EditDescription({
  who,
  description,
  version,
  onSave,
}: {
  who: string;
  description: string;
  version: number;
  onSave: (description: string, expectedVersion: number) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(description);
  const [base, setBase] = useState(version);
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!editing)
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          setValue(description);
          setBase(version);
          setError(null);
          setTheirs(null);
          setProblem(null);
          setEditing(true);
        }}
      >
        Edit the description of {who}
      </button>
    );
  async function save() {
    if (!value.trim()) return setError('Give the public description.');
    setError(null);
    setProblem(null);
    setBusy(true);
    try {
      await onSave(value.trim(), base);
      setEditing(false);
    } catch (e) {
      const p = problemOf(e);
      const current = p.code === 'CONFLICT' ? currentMember(p.current) : null;
      if (current) {
        setTheirs(current.description);
        setBase(current.version);
      } else if (p.field === 'description') setError(p.message);
      else setProblem(p.message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {theirs !== null && (
        <Alert>
          <p>
            Someone else changed the description of {who} while you were editing it. It now reads: “
            {theirs}”
          </p>
          <p>Your text is kept below: save again to replace theirs, or cancel to keep it.</p>
        </Alert>
      )}
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <Field id={`description-${who}`} label={`Public description of ${who}`} error={error}>
        {(props) => (
          <textarea
            {...props}
            autoFocus
            rows={3}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AddMember({
  candidates,
  onAdd,
}: {
  candidates: { id: string; displayName: string; email: string }[];
  onAdd: (userId: string, description: string) => Promise<void>;
}) {
  const [userId, setUserId] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ userId?: string; description?: string }>({});
  async function submit(event: FormEvent) {
    event.preventDefault();
    const errs: typeof errors = {};
    if (!userId) errs.userId = 'Choose a person with the jury role.';
    if (!description.trim())
      errs.description =
        'Give the public description, e.g. “Chairperson of the Editorial Board of the International Social Security Review”.';
    setErrors(errs);
    if (errs.userId) return document.getElementById('jury-user')?.focus();
    if (errs.description) return document.getElementById('jury-description')?.focus();
    await onAdd(userId, description.trim());
    setUserId('');
    setDescription('');
  }
  return (
    <section className="section" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add a member</h2>
      {candidates.length === 0 ? (
        <p className="muted">
          Every account with the jury role already sits on this jury. An administrator can invite
          more people with the jury role.
        </p>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <Field
            id="jury-user"
            label="Person"
            hint="Accounts with the jury role."
            error={errors.userId}
          >
            {(props) => (
              <select {...props} value={userId} onChange={(e) => setUserId(e.target.value)}>
                <option value="">Choose…</option>
                {candidates.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName} ({u.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="jury-description"
            label="Public description"
            hint="How the results booklet describes the member."
            error={errors.description}
          >
            {(props) => (
              <textarea
                {...props}
                rows={3}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              Add to the jury
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
