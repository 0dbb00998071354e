import { REGION_LABELS, REGIONS, type Region } from '@gpa/shared';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Field, problemOf } from '../form-kit';

export interface CompetitionFormValues {
  region: Region;
  year: string;
  trienniumStartYear: string;
  priorityAreaIds: string[];
  forumName: string;
  forumPlace: string;
  forumDate: string;
  submissionDeadline: string;
  introduction: string;
  juryIntroduction: string;
  portalNote: string;
}

export type CompetitionInputValues = Omit<CompetitionFormValues, 'year' | 'trienniumStartYear'> & {
  year: number;
  trienniumStartYear: number;
};

type Errors = Partial<Record<keyof CompetitionFormValues, string>>;

const regionName = (r: Region) =>
  REGION_LABELS[r].charAt(0).toUpperCase() + REGION_LABELS[r].slice(1);

/** The checks a person can be told about before anything is sent; the server repeats them. */
export function validateCompetition(v: CompetitionFormValues): Errors {
  const errors: Errors = {};
  const year = Number(v.year);
  const start = Number(v.trienniumStartYear);
  if (!v.year.trim() || !Number.isInteger(year) || year < 2000 || year > 2100)
    errors.year = 'Give a year between 2000 and 2100.';
  if (!v.trienniumStartYear.trim() || !Number.isInteger(start))
    errors.trienniumStartYear = 'Give the first year of the triennium.';
  else if (!errors.year && (year < start || year > start + 2))
    errors.trienniumStartYear = `${year} is not within the triennium ${start}–${start + 2}.`;
  if (v.priorityAreaIds.length === 0)
    errors.priorityAreaIds = 'Choose at least one priority area for the triennium.';
  if (v.forumDate && v.submissionDeadline && v.submissionDeadline > v.forumDate)
    errors.submissionDeadline = 'The submission deadline must come before the forum.';
  return errors;
}

const FIELD_ORDER: (keyof CompetitionFormValues)[] = [
  'region',
  'year',
  'trienniumStartYear',
  'priorityAreaIds',
  'forumName',
  'forumPlace',
  'forumDate',
  'submissionDeadline',
  'introduction',
  'juryIntroduction',
  'portalNote',
];

export function CompetitionForm({
  initial,
  areas,
  submitLabel,
  onSubmit,
}: {
  initial: CompetitionFormValues;
  /** Every priority area; the ones already chosen come first, in their order. */
  areas: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: CompetitionInputValues) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const ordered = useMemo(() => {
    const chosen = initial.priorityAreaIds
      .map((id) => areas.find((a) => a.id === id))
      .filter((a): a is { id: string; name: string } => !!a);
    return [...chosen, ...areas.filter((a) => !initial.priorityAreaIds.includes(a.id))];
  }, [areas, initial.priorityAreaIds]);

  const set = <K extends keyof CompetitionFormValues>(key: K, value: CompetitionFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const focusFirstError = (errs: Errors) => {
    const first = FIELD_ORDER.find((f) => errs[f]);
    if (!first) return;
    const target =
      first === 'priorityAreaIds'
        ? formRef.current?.querySelector<HTMLInputElement>('input[name="priorityAreaIds"]')
        : formRef.current?.querySelector<HTMLElement>(`#competition-${first}`);
    target?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errs = validateCompetition(values);
    setErrors(errs);
    setProblem(null);
    if (Object.values(errs).some(Boolean)) return focusFirstError(errs);
    setSaving(true);
    try {
      await onSubmit({
        ...values,
        year: Number(values.year),
        trienniumStartYear: Number(values.trienniumStartYear),
        priorityAreaIds: ordered
          .filter((a) => values.priorityAreaIds.includes(a.id))
          .map((a) => a.id),
      });
    } catch (error) {
      const p = problemOf(error);
      if (p.field && FIELD_ORDER.includes(p.field as keyof CompetitionFormValues)) {
        const errs = { [p.field]: p.message } as Errors;
        setErrors(errs);
        focusFirstError(errs);
      } else
        setProblem(p.code === 'CONFLICT' ? `${p.message} Reload the page to see it.` : p.message);
    } finally {
      setSaving(false);
    }
  }

  const text = (key: keyof CompetitionFormValues, label: string, hint?: string, type = 'text') => (
    <Field id={`competition-${key}`} label={label} hint={hint} error={errors[key]}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={values[key] as string}
          onChange={(e) => set(key, e.target.value as never)}
        />
      )}
    </Field>
  );
  const area = (key: keyof CompetitionFormValues, label: string, hint?: string) => (
    <Field id={`competition-${key}`} label={label} hint={hint} error={errors[key]}>
      {(props) => (
        <textarea
          {...props}
          rows={5}
          value={values[key] as string}
          onChange={(e) => set(key, e.target.value as never)}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void submit(e)}>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      <div className="grid-2">
        <Field id="competition-region" label="Region" error={errors.region}>
          {(props) => (
            <select
              {...props}
              value={values.region}
              onChange={(e) => set('region', e.target.value as Region)}
            >
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {regionName(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text(
          'year',
          'Year',
          'The year of the forum at which the results are presented.',
          'number',
        )}
        {text(
          'trienniumStartYear',
          'First year of the triennium',
          'e.g. 2017 for 2017–2019.',
          'number',
        )}
      </div>
      <fieldset
        aria-describedby={errors.priorityAreaIds ? 'competition-priorityAreaIds-error' : undefined}
      >
        <legend>Priority areas of the triennium</legend>
        <p className="hint">An entry chooses one to three of these.</p>
        <ul className="checkbox-list">
          {ordered.map((a) => (
            <li key={a.id} className="checkbox">
              <input
                type="checkbox"
                id={`area-${a.id}`}
                name="priorityAreaIds"
                checked={values.priorityAreaIds.includes(a.id)}
                aria-invalid={errors.priorityAreaIds ? true : undefined}
                onChange={(e) =>
                  set(
                    'priorityAreaIds',
                    e.target.checked
                      ? [...values.priorityAreaIds, a.id]
                      : values.priorityAreaIds.filter((id) => id !== a.id),
                  )
                }
              />
              <label htmlFor={`area-${a.id}`}>{a.name}</label>
            </li>
          ))}
        </ul>
        {errors.priorityAreaIds && (
          <p className="field-error" id="competition-priorityAreaIds-error">
            {errors.priorityAreaIds}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Forum</legend>
        {text(
          'forumName',
          'Forum name',
          'e.g. Regional Social Security Forum for Asia and the Pacific',
        )}
        <div className="grid-2">
          {text('forumPlace', 'Place of the forum')}
          {text('forumDate', 'Date of the forum', undefined, 'date')}
        </div>
      </fieldset>
      {text(
        'submissionDeadline',
        'Submission deadline',
        'Needed before the competition opens for entries.',
        'date',
      )}
      {area(
        'introduction',
        'Programme introduction',
        'Printed at the start of the results booklet.',
      )}
      {area('juryIntroduction', 'Introduction to the jury')}
      {area('portalNote', 'Note on where the full practices are published')}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
