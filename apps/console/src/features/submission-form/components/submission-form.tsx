import {
  ENTRY_LIMITS,
  FORM_SECTIONS,
  entryWordCounts,
  issuesByField,
  validateEntry,
  type EntryStatus,
} from '@gpa/shared';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { type SubmissionFieldsFragment } from '../../../generated/graphql';
import {
  controlId,
  emptyValues,
  toEntryInput,
  valuesFromSubmission,
  type FormValues,
} from '../form-values';
import { useEntrySaver, type EntrySaver } from '../use-entry-saver';
import { ConflictCompare } from './conflict-compare';
import { Field, WordCount } from './field';
import { FiguresTable } from './figures-table';
import { LessonList } from './lesson-list';
import { SaveStatusLine } from './save-status';

export interface FormOptions {
  priorityAreas: { id: string; label: string }[];
  institutions: { id: string; label: string; countryCode?: string | null }[];
}

const STATUS_LABELS: Record<EntryStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
};

// Messages about word limits are shown as soon as they apply; the others once the user has
// left the field or tried to submit.
const ALWAYS_SHOWN = new Set(['summary', 'total']);

/**
 * The programme's entry form: every question, the limits counted live, each problem next to its
 * control, saved automatically, and a side-by-side comparison when someone else saved first.
 */
export function SubmissionForm({
  competitionOpen,
  options,
  initial,
  saver,
  setWithdrawn,
  onSaved,
}: {
  competitionOpen: boolean;
  options: FormOptions;
  initial: SubmissionFieldsFragment | null;
  saver: EntrySaver;
  setWithdrawn?: (
    id: string,
    withdrawn: boolean,
  ) => Promise<{ status: EntryStatus; version: number }>;
  onSaved?: (entry: SubmissionFieldsFragment) => void;
}) {
  const [values, setValues] = useState<FormValues>(() =>
    initial ? valuesFromSubmission(initial) : emptyValues(),
  );
  const allowed = useMemo(() => options.priorityAreas.map((a) => a.id), [options.priorityAreas]);
  const saverState = useEntrySaver({
    values,
    initialMeta: initial
      ? { id: initial.id, version: initial.version, status: initial.status }
      : { id: null, version: 0, status: 'DRAFT' },
    saver,
    allowedPriorityAreaIds: allowed,
    onSaved,
  });
  const { meta, status, conflict } = saverState;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const input = toEntryInput(values);
  const words = entryWordCounts(input);
  const issues = validateEntry(input, { mode: 'SUBMIT', allowedPriorityAreaIds: allowed });
  const byField = issuesByField(issues);
  if (status.kind === 'error' && status.field && !byField[status.field])
    byField[status.field] = status.message.replace(/^Not saved: /, '');
  const errorFor = (field: string) =>
    attempted || touched.has(field) || ALWAYS_SHOWN.has(field) ? byField[field] : undefined;
  const touch = (field: string) => () =>
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const update = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));

  const names = useMemo(
    () => ({
      institutions: new Map(options.institutions.map((i) => [i.id, i.label])),
      areas: new Map(options.priorityAreas.map((a) => [a.id, a.label])),
    }),
    [options],
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    setNotice(null);
    if (issues.length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const submitting = meta.status === 'DRAFT';
    if (await saverState.flush(submitting))
      setNotice(submitting ? 'The entry is submitted.' : 'Your corrections are saved.');
  }

  async function toggleWithdrawn() {
    if (!meta.id || !setWithdrawn) return;
    await saverState.flush(false);
    const withdrawing = meta.status !== 'WITHDRAWN';
    const result = await setWithdrawn(meta.id, withdrawing);
    saverState.adopt({ id: meta.id, version: result.version, status: result.status }, values);
    setNotice(
      withdrawing
        ? 'The entry is withdrawn. It is kept and can be restored.'
        : result.status === 'SUBMITTED'
          ? 'The entry is restored and submitted again.'
          : 'The entry is restored as a draft: complete it to submit it.',
    );
  }

  function takeTheirs() {
    const theirs = saverState.takeTheirs();
    if (!theirs) return;
    const next = valuesFromSubmission(theirs);
    saverState.adopt({ id: theirs.id, version: theirs.version, status: theirs.status }, next);
    setValues(next);
  }

  const shownIssues = attempted ? issues : [];
  const canSubmit = meta.status === 'DRAFT' ? competitionOpen : meta.status === 'SUBMITTED';

  return (
    <form className="form entry-form" noValidate onSubmit={onSubmit} aria-label="Entry form">
      <div className="entry-form__bar">
        <p className="entry-form__state">
          Status: <strong>{meta.id ? STATUS_LABELS[meta.status] : 'New (not saved yet)'}</strong>
        </p>
        <SaveStatusLine status={status} />
      </div>

      {conflict && (
        <ConflictCompare
          current={conflict}
          mine={values}
          names={names}
          onKeepMine={saverState.keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}

      {shownIssues.length > 0 && (
        <div className="alert error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>
            {shownIssues.length === 1
              ? 'One problem stops this entry from being submitted'
              : `${shownIssues.length} problems stop this entry from being submitted`}
          </h2>
          <ul>
            {shownIssues.map((i) => (
              <li key={`${i.field}:${i.message}`}>
                <a
                  href={`#${controlId(i.field)}`}
                  onClick={(event) => {
                    // Move the keyboard focus to the control, not just the view.
                    const control = document.getElementById(controlId(i.field));
                    if (!control) return;
                    event.preventDefault();
                    control.focus();
                    control.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {i.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p className="success" role="status">
          {notice}
        </p>
      )}

      <fieldset>
        <legend>The entry</legend>
        <Field id="entry-title" label="Title" error={errorFor('title')}>
          {(describedBy, invalid) => (
            <input
              id="entry-title"
              value={values.title}
              onChange={(e) => update({ title: e.target.value })}
              onBlur={touch('title')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              required
            />
          )}
        </Field>
        <Field id="entry-institutionId" label="Institution" error={errorFor('institutionId')}>
          {(describedBy, invalid) => (
            <select
              id="entry-institutionId"
              value={values.institutionId}
              onChange={(e) => update({ institutionId: e.target.value })}
              onBlur={touch('institutionId')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              required
            >
              <option value="">Choose the institution…</option>
              {options.institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                  {i.countryCode ? ` (${i.countryCode})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="entry-inOperationSince"
          label="In operation since"
          hint="The year the practice started."
          error={errorFor('inOperationSince')}
        >
          {(describedBy, invalid) => (
            <input
              id="entry-inOperationSince"
              inputMode="numeric"
              className="input--year"
              value={values.inOperationSince}
              onChange={(e) => update({ inOperationSince: e.target.value })}
              onBlur={touch('inOperationSince')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <PriorityAreas
          options={options.priorityAreas}
          selected={values.priorityAreaIds}
          error={errorFor('priorityAreaIds')}
          onChange={(priorityAreaIds) => update({ priorityAreaIds })}
          onBlur={touch('priorityAreaIds')}
        />
      </fieldset>

      <Field
        id="entry-summary"
        label="Summary"
        hint={`At most ${ENTRY_LIMITS.maxSummaryWords} words.`}
        count={{ words: words.summary, max: ENTRY_LIMITS.maxSummaryWords }}
        error={errorFor('summary')}
      >
        {(describedBy, invalid) => (
          <textarea
            id="entry-summary"
            rows={6}
            value={values.summary}
            onChange={(e) => update({ summary: e.target.value })}
            onBlur={touch('summary')}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>

      {FORM_SECTIONS.map((section) => (
        <section
          key={section.key}
          className="entry-form__section"
          aria-labelledby={`h-${section.key}`}
        >
          <h2 id={`h-${section.key}`}>{section.heading}</h2>
          <Field
            id={`entry-section-${section.key}`}
            label={`${section.heading}: your answer`}
            hint={section.prompt}
            count={{ words: words.sections[section.key] }}
            error={errorFor(`sections.${section.key}`)}
          >
            {(describedBy, invalid) => (
              <textarea
                id={`entry-section-${section.key}`}
                rows={section.key === 'lessons' ? 3 : 8}
                value={values.sections[section.key]}
                onChange={(e) =>
                  update({ sections: { ...values.sections, [section.key]: e.target.value } })
                }
                onBlur={touch(`sections.${section.key}`)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
          {section.key === 'evaluation' && (
            <FiguresTable
              figures={values.figures}
              onChange={(figures) => update({ figures })}
              errorFor={(field) => (attempted ? byField[field] : undefined)}
            />
          )}
          {section.key === 'lessons' && (
            <>
              <LessonList
                kind="successFactors"
                legend={`Success factors (up to ${ENTRY_LIMITS.maxSuccessFactors})`}
                noun="Success factor"
                max={ENTRY_LIMITS.maxSuccessFactors}
                items={values.successFactors}
                onChange={(successFactors) => update({ successFactors })}
                errorFor={(field) => errorFor(field)}
                onBlur={touch('successFactors')}
              />
              <LessonList
                kind="risks"
                legend={`Risks (up to ${ENTRY_LIMITS.maxRisks})`}
                noun="Risk"
                max={ENTRY_LIMITS.maxRisks}
                items={values.risks}
                onChange={(risks) => update({ risks })}
                errorFor={(field) => errorFor(field)}
                onBlur={touch('risks')}
              />
            </>
          )}
        </section>
      ))}

      <div className="entry-form__total" id="entry-total-words" tabIndex={-1}>
        <h2>Length of the entry</h2>
        <WordCount
          id="entry-total-count"
          words={words.total}
          max={ENTRY_LIMITS.maxTotalWords}
          over={words.total > ENTRY_LIMITS.maxTotalWords}
        />
        {errorFor('total') && <p className="field-error">{errorFor('total')}</p>}
      </div>

      <div className="actions">
        {meta.status !== 'WITHDRAWN' && (
          <button type="submit" className="button button--primary" disabled={!canSubmit}>
            {meta.status === 'DRAFT' ? 'Submit entry' : 'Save corrections'}
          </button>
        )}
        {meta.id && setWithdrawn && (
          <button
            type="button"
            className={meta.status === 'WITHDRAWN' ? 'button' : 'button button--danger'}
            onClick={() => void toggleWithdrawn()}
          >
            {meta.status === 'WITHDRAWN' ? 'Restore entry' : 'Withdraw entry'}
          </button>
        )}
      </div>
      {meta.status === 'DRAFT' && !competitionOpen && (
        <p className="muted">
          The competition is not open for entries: this draft is kept but cannot be submitted.
        </p>
      )}
    </form>
  );
}

function PriorityAreas({
  options,
  selected,
  error,
  onChange,
  onBlur,
}: {
  options: { id: string; label: string }[];
  selected: string[];
  error?: string;
  onChange: (ids: string[]) => void;
  onBlur: () => void;
}) {
  const full = selected.length >= ENTRY_LIMITS.maxPriorityAreas;
  return (
    <fieldset
      id="entry-priority-areas"
      className="checkbox-group"
      aria-describedby={`entry-priority-areas-hint${error ? ' entry-priority-areas-error' : ''}`}
      tabIndex={-1}
      onBlur={onBlur}
    >
      <legend>Priority areas</legend>
      <p className="hint" id="entry-priority-areas-hint">
        Choose {ENTRY_LIMITS.minPriorityAreas} to {ENTRY_LIMITS.maxPriorityAreas} from the
        competition’s list ({selected.length} chosen).
      </p>
      {options.map((area) => {
        const checked = selected.includes(area.id);
        return (
          <label key={area.id} className="checkbox">
            <input
              type="checkbox"
              checked={checked}
              disabled={!checked && full}
              onChange={() =>
                onChange(checked ? selected.filter((id) => id !== area.id) : [...selected, area.id])
              }
            />
            {area.label}
          </label>
        );
      })}
      {error && (
        <p className="field-error" id="entry-priority-areas-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
