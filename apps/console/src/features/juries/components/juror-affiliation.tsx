import { useState } from 'react';
import { Loading, QueryError } from '../../../components/query-status';
import { Alert, Field, problemOf } from '../../competitions/form-kit';
import { useAffiliationOptions } from '../api/jury.api';

export interface Affiliation {
  institutionId: string | null;
  institutionName: string | null;
  countryCode: string | null;
}

/**
 * A seated member's own institution and country, from which the system proposes their conflicts
 * of interest; the secretariat sets or clears them in place.
 */
export function JurorAffiliation({
  who,
  current,
  onSave,
}: {
  who: string;
  current: Affiliation;
  /** Saves; throws the server's refusal, which the form shows inline. */
  onSave: (institutionId: string | null, countryCode: string | null) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const summary =
    [current.institutionName, current.countryCode].filter(Boolean).join(' · ') || 'Not set';
  if (!editing)
    return (
      <div>
        <span>{summary}</span>{' '}
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Set the institution and country of {who}
        </button>
      </div>
    );
  return (
    <AffiliationForm
      who={who}
      current={current}
      onSave={onSave}
      onClose={() => setEditing(false)}
    />
  );
}

function AffiliationForm({
  who,
  current,
  onSave,
  onClose,
}: {
  who: string;
  current: Affiliation;
  onSave: (institutionId: string | null, countryCode: string | null) => Promise<void>;
  onClose: () => void;
}) {
  const options = useAffiliationOptions();
  const [institutionId, setInstitutionId] = useState(current.institutionId ?? '');
  const [countryCode, setCountryCode] = useState(current.countryCode ?? '');
  const [errors, setErrors] = useState<{ institutionId?: string; countryCode?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const slug = who.replace(/\W+/g, '-');

  if (options.loading && !options.data)
    return <Loading label="Loading the institutions and countries…" />;
  if (options.error && !options.data)
    return (
      <QueryError
        what="the institutions and countries"
        error={options.error}
        onRetry={() => void options.refetch()}
      />
    );
  const institutions = options.data?.managedInstitutions ?? [];
  const countries = options.data?.managedCountries ?? [];

  async function save(institution: string | null, country: string | null) {
    setErrors({});
    setProblem(null);
    setBusy(true);
    try {
      await onSave(institution, country);
      onClose();
    } catch (e) {
      const p = problemOf(e);
      if (p.field === 'institutionId' || p.field === 'countryCode')
        setErrors({ [p.field]: p.message });
      else setProblem(p.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      noValidate
      aria-label={`Institution and country of ${who}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(institutionId || null, countryCode || null);
      }}
    >
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <Field
        id={`affiliation-institution-${slug}`}
        label={`Institution of ${who}`}
        hint="Entries of this institution are proposed as conflicts of interest."
        error={errors.institutionId}
      >
        {(props) => (
          <select
            {...props}
            autoFocus
            value={institutionId}
            onChange={(e) => setInstitutionId(e.target.value)}
          >
            <option value="">None</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.countryName})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`affiliation-country-${slug}`}
        label={`Country of ${who}`}
        hint="When none is chosen, the institution’s country counts."
        error={errors.countryCode}
      >
        {(props) => (
          <select {...props} value={countryCode} onChange={(e) => setCountryCode(e.target.value)}>
            <option value="">None</option>
            {countries.map((c) => (
              <option key={c.id} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save the institution and country
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void save(null, null)}
        >
          Clear both
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
