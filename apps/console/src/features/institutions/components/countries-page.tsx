import { REGION_LABELS, REGIONS, type Region } from '@gpa/shared';
import { useState, type FormEvent } from 'react';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { Alert, Field, problemOf } from '../../competitions/form-kit';
import { useCreateCountry, useManagedCountries, useUpdateCountry } from '../api/institutions.api';

interface CountryValues {
  code: string;
  name: string;
  sortName: string;
  region: Region;
}
const regionName = (r: Region) =>
  REGION_LABELS[r].charAt(0).toUpperCase() + REGION_LABELS[r].slice(1);

export function CountriesPage() {
  const { data, loading, error } = useManagedCountries();
  const [create] = useCreateCountry();
  const [update] = useUpdateCountry();
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="page">
      <PageTitle title="Countries" />
      <h1>Countries</h1>
      {done && (
        <Alert kind="success">
          <p>{done}</p>
        </Alert>
      )}
      {loading && !data && <Loading label="Loading the countries…" />}
      {error && <QueryError what="the countries" error={error} />}
      {data && (
        <div className="table-frame">
          <table>
            <caption>{data.managedCountries.length} countries</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Code</th>
                <th scope="col">Region</th>
                <th scope="col" className="number">
                  Institutions
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.managedCountries.map((c) => (
                <tr key={c.id}>
                  <th scope="row" style={{ whiteSpace: 'normal' }}>
                    {editing === c.id ? (
                      <CountryForm
                        idPrefix={`edit-${c.code}`}
                        initial={{
                          code: c.code,
                          name: c.name,
                          sortName: c.sortName,
                          region: c.region,
                        }}
                        submitLabel="Save"
                        onCancel={() => setEditing(null)}
                        onSubmit={async (v) => {
                          await update({
                            variables: { id: c.id, input: v, expectedVersion: c.version },
                          });
                          setEditing(null);
                          setDone(`${v.name} is saved.`);
                        }}
                      />
                    ) : (
                      c.name
                    )}
                  </th>
                  <td>{c.code}</td>
                  <td>{regionName(c.region)}</td>
                  <td className="number">{c.institutionCount}</td>
                  <td>
                    {editing !== c.id && (
                      <button type="button" className="button" onClick={() => setEditing(c.id)}>
                        Edit {c.name}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="section" aria-labelledby="new-country">
        <h2 id="new-country">Add a country</h2>
        <CountryForm
          idPrefix="new-country"
          initial={{ code: '', name: '', sortName: '', region: 'ASIA_PACIFIC' }}
          submitLabel="Add the country"
          resetOnSuccess
          onSubmit={async (v) => {
            await create({ variables: { input: v } });
            setDone(`${v.name} is added.`);
          }}
        />
      </section>
    </div>
  );
}

function CountryForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  resetOnSuccess,
}: {
  idPrefix: string;
  initial: CountryValues;
  submitLabel: string;
  onSubmit: (v: CountryValues) => Promise<void>;
  onCancel?: () => void;
  resetOnSuccess?: boolean;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof CountryValues, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const errs: typeof errors = {};
    if (!/^[A-Za-z]{2}$/.test(values.code.trim()))
      errs.code = 'Give the two-letter ISO 3166-1 code, e.g. KR.';
    if (!values.name.trim()) errs.name = 'Give the name of the country.';
    setErrors(errs);
    setProblem(null);
    const first = (['code', 'name'] as const).find((f) => errs[f]);
    if (first) return document.getElementById(`${idPrefix}-${first}`)?.focus();
    try {
      await onSubmit({ ...values, sortName: values.sortName || values.name });
      if (resetOnSuccess) setValues(initial);
    } catch (e) {
      const p = problemOf(e);
      if (p.field && ['code', 'name', 'sortName', 'region'].includes(p.field)) {
        setErrors({ [p.field]: p.message });
        document.getElementById(`${idPrefix}-${p.field}`)?.focus();
      } else setProblem(p.message);
    }
  }
  const input = (key: 'code' | 'name' | 'sortName', label: string, hint?: string) => (
    <Field id={`${idPrefix}-${key}`} label={label} hint={hint} error={errors[key]}>
      {(props) => (
        <input
          {...props}
          value={values[key]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <div className="grid-2">
        {input('code', 'ISO code', 'Two letters, e.g. KR.')}
        {input('name', 'Name', 'As the programme prints it, e.g. Republic of Korea.')}
        {input('sortName', 'Sort name (optional)', 'e.g. Korea, Republic of.')}
        <Field id={`${idPrefix}-region`} label="Region" error={errors.region}>
          {(props) => (
            <select
              {...props}
              value={values.region}
              onChange={(e) => setValues({ ...values, region: e.target.value as Region })}
            >
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {regionName(r)}
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
