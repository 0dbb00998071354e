import { SECTION_KEYS, type EntryInput, type EntryStatus, type SectionKey } from '@gpa/shared';
import { type SubmissionFieldsFragment, type SubmissionInput } from '../../generated/graphql';

/** A row of the figures table as typed: numbers stay text until they are saved. */
export interface FigureValues {
  group: string;
  label: string;
  value: string;
  before: string;
  after: string;
  unit: string;
}

/** What the form holds, exactly as typed. */
export interface FormValues {
  title: string;
  institutionId: string;
  summary: string;
  inOperationSince: string;
  priorityAreaIds: string[];
  sections: Record<SectionKey, string>;
  successFactors: string[];
  risks: string[];
  figures: FigureValues[];
}

/** The saved entry the form is editing (null id: not saved yet). */
export interface SavedMeta {
  id: string | null;
  version: number;
  status: EntryStatus;
}

export const EMPTY_FIGURE: FigureValues = {
  group: '',
  label: '',
  value: '',
  before: '',
  after: '',
  unit: '',
};

export function emptyValues(): FormValues {
  return {
    title: '',
    institutionId: '',
    summary: '',
    inOperationSince: '',
    priorityAreaIds: [],
    sections: Object.fromEntries(SECTION_KEYS.map((k) => [k, ''])) as Record<SectionKey, string>,
    successFactors: [''],
    risks: [''],
    figures: [],
  };
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));

export function valuesFromSubmission(s: SubmissionFieldsFragment): FormValues {
  const sections = emptyValues().sections;
  for (const section of s.sections) sections[section.key as SectionKey] = section.body;
  return {
    title: s.title,
    institutionId: s.institutionId,
    summary: s.summary,
    inOperationSince: text(s.inOperationSince),
    priorityAreaIds: [...s.priorityAreaIds],
    sections,
    successFactors: s.successFactors.length ? [...s.successFactors] : [''],
    risks: s.risks.length ? [...s.risks] : [''],
    figures: s.figures.map((f) => ({
      group: f.group ?? '',
      label: f.label,
      value: f.value ?? '',
      before: text(f.before),
      after: text(f.after),
      unit: f.unit ?? '',
    })),
  };
}

const number = (t: string): number | null => {
  const trimmed = t.trim().replace(/[,\s](?=\d{3}\b)/g, '');
  if (!trimmed) return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

/**
 * The form's values as the shared rules see them. Empty factor, risk and figure rows (the
 * blank row the form offers) are left out: they are places to type, not content.
 */
export function toEntryInput(v: FormValues): EntryInput {
  return {
    title: v.title,
    institutionId: v.institutionId || null,
    summary: v.summary,
    inOperationSince: number(v.inOperationSince),
    priorityAreaIds: v.priorityAreaIds,
    sections: v.sections,
    successFactors: v.successFactors.filter((t) => t.trim()),
    risks: v.risks.filter((t) => t.trim()),
    figures: v.figures
      .filter((f) => Object.values(f).some((x) => x.trim()))
      .map((f) => ({
        group: f.group || null,
        label: f.label,
        value: f.value || null,
        before: number(f.before),
        after: number(f.after),
        unit: f.unit || null,
      })),
  };
}

/** The API's input for a save. */
export function toSubmissionInput(v: FormValues): SubmissionInput {
  const e = toEntryInput(v);
  return {
    title: e.title,
    institutionId: e.institutionId ?? '',
    summary: e.summary,
    inOperationSince: e.inOperationSince,
    priorityAreaIds: e.priorityAreaIds,
    sections: SECTION_KEYS.map((key) => ({ key, body: e.sections[key] ?? '' })),
    successFactors: e.successFactors,
    risks: e.risks,
    figures: e.figures.map((f) => ({
      group: f.group,
      label: f.label,
      value: f.value,
      before: f.before,
      after: f.after,
      unit: f.unit,
    })),
  };
}

/**
 * The id of the control a validation field names, so that a message can sit beside it and the
 * form can move focus to the first problem.
 */
export function controlId(field: string): string {
  const [head, index, sub] = field.split('.');
  if (head === 'sections') return `entry-section-${index}`;
  if (head === 'successFactors' || head === 'risks')
    return index ? `entry-${head}-${index}` : `entry-${head}-0`;
  if (head === 'figures')
    return index ? `entry-figure-${index}-${sub ?? 'label'}` : 'entry-figures-add';
  if (head === 'priorityAreaIds') return 'entry-priority-areas';
  if (head === 'total') return 'entry-total-words';
  return `entry-${head}`;
}
