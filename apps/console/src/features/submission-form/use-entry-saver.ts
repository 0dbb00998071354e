import { CombinedGraphQLErrors } from '@apollo/client';
import { validateEntry, type EntryIssue } from '@gpa/shared';
import { useCallback, useEffect, useState } from 'react';
import { type SubmissionFieldsFragment } from '../../generated/graphql';
import { toEntryInput, type FormValues, type SavedMeta } from './form-values';

/** How the form talks to the API; the page wires it to Apollo, tests to fakes. */
export interface EntrySaver {
  create(values: FormValues, submit: boolean): Promise<SubmissionFieldsFragment>;
  save(
    id: string,
    expectedVersion: number,
    values: FormValues,
    submit: boolean,
  ): Promise<SubmissionFieldsFragment>;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'blocked'; message: string }
  | { kind: 'error'; message: string; field: string | null }
  | { kind: 'conflict' };

export const AUTOSAVE_DELAY_MS = 1200;
const RETRY_DELAY_MS = 5000;

/** The first error of a failed request: message, code, field and the CONFLICT's current entry. */
export function readError(error: unknown) {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      message: first?.message ?? 'The save failed.',
      code: (first?.extensions?.code as string | undefined) ?? null,
      field: (first?.extensions?.field as string | undefined) ?? null,
      current: (first?.extensions?.current as SubmissionFieldsFragment | undefined) ?? null,
    };
  }
  return {
    message: 'We could not reach the server.',
    code: null,
    field: null,
    current: null,
  };
}

interface SaverConfig {
  saver: EntrySaver;
  allowedPriorityAreaIds: readonly string[];
  onSaved?: (entry: SubmissionFieldsFragment) => void;
}

interface SaverView {
  setMeta(meta: SavedMeta): void;
  setStatus(status: SaveStatus): void;
  setConflict(conflict: SubmissionFieldsFragment | null): void;
}

/**
 * The save loop, outside React: one save at a time, a debounce timer, the retry after a network
 * failure, and the pause while a conflict is open. It reports through React state setters.
 */
class SaveEngine {
  config: SaverConfig;
  meta: SavedMeta;
  values: FormValues;
  savedValues: FormValues;
  conflict: SubmissionFieldsFragment | null = null;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: SaverView,
    meta: SavedMeta,
    values: FormValues,
    config: SaverConfig,
  ) {
    this.meta = meta;
    this.values = values;
    this.savedValues = values;
    this.config = config;
  }

  /** The form changed: save a moment after the typing stops. */
  changed(values: FormValues) {
    this.values = values;
    if (values === this.savedValues || this.conflict) return;
    if (!this.inFlight) this.view.setStatus({ kind: 'dirty' });
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  schedule(delay: number) {
    this.cancel();
    this.timer = setTimeout(() => void this.flush(false), delay);
  }

  cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Saves now, after any save in flight. */
  async flush(submit: boolean): Promise<boolean> {
    this.cancel();
    while (this.inFlight) await this.inFlight;
    const p = this.run(submit);
    this.inFlight = p;
    try {
      return await p;
    } finally {
      this.inFlight = null;
    }
  }

  setMeta(meta: SavedMeta) {
    this.meta = meta;
    this.view.setMeta(meta);
  }

  configure(config: SaverConfig) {
    this.config = config;
  }

  /** The form now shows `values`, saved as `meta`. */
  adopt(meta: SavedMeta, values: FormValues) {
    this.savedValues = values;
    this.setMeta(meta);
  }

  /** Leaves the conflict, based on the other person's version from now on. */
  resolve(): SubmissionFieldsFragment | null {
    const current = this.conflict;
    if (!current) return null;
    this.conflict = null;
    this.view.setConflict(null);
    this.setMeta({ id: current.id, version: current.version, status: current.status });
    return current;
  }

  private async run(submit: boolean): Promise<boolean> {
    if (this.conflict) return false;
    const { saver, allowedPriorityAreaIds, onSaved } = this.config;
    const snapshot = this.values;
    const current = this.meta;
    const mode = submit || current.status === 'SUBMITTED' ? 'SUBMIT' : 'DRAFT';
    const issues: EntryIssue[] = validateEntry(toEntryInput(snapshot), {
      mode,
      allowedPriorityAreaIds,
    });
    if (issues.length) {
      this.view.setStatus({
        kind: 'blocked',
        message:
          mode === 'DRAFT'
            ? 'Not saved yet: a draft needs a title and an institution.'
            : `Not saved yet: ${issues.length === 1 ? 'one problem needs' : `${issues.length} problems need`} fixing first.`,
      });
      return false;
    }
    this.view.setStatus({ kind: 'saving' });
    try {
      const saved = current.id
        ? await saver.save(current.id, current.version, snapshot, submit)
        : await saver.create(snapshot, submit);
      this.setMeta({ id: saved.id, version: saved.version, status: saved.status });
      this.savedValues = snapshot;
      onSaved?.(saved);
      if (this.values !== snapshot) {
        this.view.setStatus({ kind: 'dirty' });
        this.schedule(AUTOSAVE_DELAY_MS);
      } else this.view.setStatus({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      const e = readError(error);
      if (e.code === 'CONFLICT' && e.current) {
        this.conflict = e.current;
        this.view.setConflict(e.current);
        this.view.setStatus({ kind: 'conflict' });
      } else if (e.code) {
        this.view.setStatus({ kind: 'error', message: `Not saved: ${e.message}`, field: e.field });
      } else {
        this.view.setStatus({
          kind: 'error',
          message:
            'Not saved: we could not reach the server. Your text is kept here; we will try again.',
          field: null,
        });
        this.schedule(RETRY_DELAY_MS);
      }
      return false;
    }
  }
}

/**
 * Saves the form as the user types (debounced), one save at a time, never dropping what was
 * typed: a refused or failed save keeps the text in the form and says why; a concurrent change
 * by someone else stops autosaving until the user has compared the two versions.
 */
export function useEntrySaver(options: {
  values: FormValues;
  initialMeta: SavedMeta;
  saver: EntrySaver;
  allowedPriorityAreaIds: readonly string[];
  onSaved?: (entry: SubmissionFieldsFragment) => void;
}) {
  const { values, saver, allowedPriorityAreaIds, onSaved } = options;
  const [meta, setMeta] = useState<SavedMeta>(options.initialMeta);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<SubmissionFieldsFragment | null>(null);
  const [engine] = useState(
    () =>
      new SaveEngine({ setMeta, setStatus, setConflict }, options.initialMeta, values, {
        saver,
        allowedPriorityAreaIds,
        onSaved,
      }),
  );

  useEffect(() => {
    engine.configure({ saver, allowedPriorityAreaIds, onSaved });
  }, [engine, saver, allowedPriorityAreaIds, onSaved]);

  useEffect(() => engine.changed(values), [engine, values]);

  useEffect(() => () => engine.cancel(), [engine]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    const dirty = status.kind !== 'saved' && status.kind !== 'idle';
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status.kind]);

  const flush = useCallback((submit: boolean) => engine.flush(submit), [engine]);

  /** After comparing: keep the user's text, saving it over the other version. */
  const keepMine = useCallback(() => {
    if (engine.resolve()) void engine.flush(false);
  }, [engine]);

  /** After comparing: take the other version (the caller puts its values in the form). */
  const takeTheirs = useCallback(() => {
    const current = engine.resolve();
    if (current) setStatus({ kind: 'saved', at: new Date() });
    return current;
  }, [engine]);

  /** The form now shows `adoptedValues`, saved as `next`: nothing to save for them. */
  const adopt = useCallback(
    (next: SavedMeta, adoptedValues: FormValues) => {
      engine.adopt(next, adoptedValues);
    },
    [engine],
  );

  return { meta, status, conflict, flush, keepMine, takeTheirs, adopt };
}
