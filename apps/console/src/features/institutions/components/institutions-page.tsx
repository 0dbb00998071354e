import { useState, type FormEvent } from 'react';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { Alert, ConfirmButton, Field, problemOf } from '../../competitions/form-kit';
import {
  useCreateInstitution,
  useManagedCountries,
  useManagedInstitutions,
  useMergeInstitution,
  useUpdateInstitution,
} from '../api/institutions.api';

interface InstitutionValues {
  name: string;
  acronym: string;
  countryId: string;
}
type Country = { id: string; name: string };

export function InstitutionsPage() {
  const [search, setSearch] = useState('');
  const [countryId, setCountryId] = useState('');
  const institutions = useManagedInstitutions(search.trim(), countryId || null);
  const countries = useManagedCountries();
  const [create] = useCreateInstitution();
  const [update] = useUpdateInstitution();
  const [merge] = useMergeInstitution();
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = institutions.data?.managedInstitutions ?? [];
  const countryList = countries.data?.managedCountries ?? [];

  return (
    <div className="page">
      <PageTitle title="Institutions" />
      <h1>Institutions</h1>
      {done && (
        <Alert kind="success">
          <p>{done}</p>
        </Alert>
      )}
      <form
        className="grid-2"
        role="search"
        aria-label="Institutions"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="institution-search">Name or acronym contains</label>
          <input
            id="institution-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="institution-country-filter">Country</label>
          <select
            id="institution-country-filter"
            value={countryId}
            onChange={(e) => setCountryId(e.target.value)}
          >
            <option value="">All countries</option>
            {countryList.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {institutions.loading && !institutions.data && <Loading label="Loading the institutions…" />}
      {institutions.error && <QueryError what="the institutions" error={institutions.error} />}
      {institutions.data && (
        <div className="table-frame section">
          <table>
            <caption>{list.length} institutions</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Acronym</th>
                <th scope="col">Country</th>
                <th scope="col" className="number">
                  Entries
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr key={i.id}>
                  <th scope="row" style={{ whiteSpace: 'normal' }}>
                    {editing === i.id ? (
                      <InstitutionForm
                        idPrefix={`edit-${i.id}`}
                        countries={countryList}
                        initial={{ name: i.name, acronym: i.acronym ?? '', countryId: i.countryId }}
                        submitLabel="Save"
                        onCancel={() => setEditing(null)}
                        onSubmit={async (v) => {
                          await update({
                            variables: {
                              id: i.id,
                              expectedVersion: i.version,
                              input: {
                                name: v.name,
                                acronym: v.acronym || null,
                                countryId: v.countryId,
                              },
                            },
                          });
                          setEditing(null);
                          setDone(`${v.name} is saved.`);
                        }}
                      />
                    ) : (
                      i.name
                    )}
                  </th>
                  <td>{i.acronym ?? '—'}</td>
                  <td>{i.countryName}</td>
                  <td className="number">{i.entryCount}</td>
                  <td>
                    {editing !== i.id && (
                      <button type="button" className="button" onClick={() => setEditing(i.id)}>
                        Edit {i.name}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="section" aria-labelledby="new-institution">
        <h2 id="new-institution">Add an institution</h2>
        <InstitutionForm
          idPrefix="new-institution"
          countries={countryList}
          initial={{ name: '', acronym: '', countryId: '' }}
          submitLabel="Add the institution"
          resetOnSuccess
          onSubmit={async (v) => {
            await create({
              variables: {
                input: { name: v.name, acronym: v.acronym || null, countryId: v.countryId },
              },
            });
            setDone(`${v.name} is added.`);
          }}
        />
      </section>
      <MergeForm
        institutions={list}
        onMerge={async (duplicateId, intoId) => {
          const res = await merge({ variables: { duplicateId, intoId } });
          setDone(
            `Merged. ${res.data?.mergeInstitution.name} now has ${res.data?.mergeInstitution.entryCount} entries.`,
          );
        }}
      />
    </div>
  );
}

function InstitutionForm({
  idPrefix,
  countries,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  resetOnSuccess,
}: {
  idPrefix: string;
  countries: Country[];
  initial: InstitutionValues;
  submitLabel: string;
  onSubmit: (v: InstitutionValues) => Promise<void>;
  onCancel?: () => void;
  resetOnSuccess?: boolean;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof InstitutionValues, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const errs: typeof errors = {};
    if (!values.name.trim()) errs.name = 'Give the name of the institution.';
    if (!values.countryId) errs.countryId = 'Choose a country.';
    setErrors(errs);
    setProblem(null);
    const first = (['name', 'countryId'] as const).find((f) => errs[f]);
    if (first) return document.getElementById(`${idPrefix}-${first}`)?.focus();
    try {
      await onSubmit(values);
      if (resetOnSuccess) setValues(initial);
    } catch (e) {
      const p = problemOf(e);
      if (p.field === 'name' || p.field === 'countryId' || p.field === 'acronym') {
        setErrors({ [p.field]: p.message });
        document.getElementById(`${idPrefix}-${p.field}`)?.focus();
      } else setProblem(p.message);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <Field id={`${idPrefix}-name`} label="Name" error={errors.name}>
        {(props) => (
          <input
            {...props}
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
          />
        )}
      </Field>
      <div className="grid-2">
        <Field id={`${idPrefix}-acronym`} label="Acronym (optional)" error={errors.acronym}>
          {(props) => (
            <input
              {...props}
              value={values.acronym}
              onChange={(e) => setValues({ ...values, acronym: e.target.value })}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-countryId`} label="Country" error={errors.countryId}>
          {(props) => (
            <select
              {...props}
              value={values.countryId}
              onChange={(e) => setValues({ ...values, countryId: e.target.value })}
            >
              <option value="">Choose…</option>
              {countries.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function MergeForm({
  institutions,
  onMerge,
}: {
  institutions: { id: string; name: string; countryName: string; entryCount: number }[];
  onMerge: (duplicateId: string, intoId: string) => Promise<void>;
}) {
  const [duplicateId, setDuplicateId] = useState('');
  const [intoId, setIntoId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const duplicate = institutions.find((i) => i.id === duplicateId);
  const into = institutions.find((i) => i.id === intoId);
  const option = (i: (typeof institutions)[number]) => (
    <option key={i.id} value={i.id}>
      {i.name} ({i.countryName}, {i.entryCount} entries)
    </option>
  );
  return (
    <section className="section" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a duplicate</h2>
      <p className="muted">
        The duplicate’s entries move to the institution you keep, and the duplicate is deleted.
      </p>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <div className="form">
        <div className="grid-2">
          <div className="field">
            <label htmlFor="merge-duplicate">Duplicate to remove</label>
            <select
              id="merge-duplicate"
              value={duplicateId}
              onChange={(e) => setDuplicateId(e.target.value)}
            >
              <option value="">Choose…</option>
              {institutions.map(option)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="merge-into">Institution to keep</label>
            <select id="merge-into" value={intoId} onChange={(e) => setIntoId(e.target.value)}>
              <option value="">Choose…</option>
              {institutions.filter((i) => i.id !== duplicateId).map(option)}
            </select>
          </div>
        </div>
        <div className="actions">
          <ConfirmButton
            label="Merge"
            disabled={!duplicate || !into}
            question={
              duplicate && into
                ? `Move the ${duplicate.entryCount} entries of “${duplicate.name}” to “${into.name}” and delete “${duplicate.name}”?`
                : ''
            }
            confirmLabel="Yes: merge"
            danger
            onConfirm={async () => {
              setProblem(null);
              try {
                await onMerge(duplicateId, intoId);
                setDuplicateId('');
                setIntoId('');
              } catch (e) {
                setProblem(problemOf(e).message);
              }
            }}
          />
        </div>
      </div>
    </section>
  );
}
