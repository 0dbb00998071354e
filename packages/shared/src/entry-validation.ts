import { ENTRY_LIMITS, FORM_SECTIONS, SECTION_KEYS, countWords, type SectionKey } from './form.js';

/**
 * The rules of the submission form, in one place: the console checks them as the user types and
 * the server checks them again on every save. A draft is checked loosely (it only has to be
 * storable); submitting applies every rule of the programme.
 */

/** One row of the table of figures under "Evaluating the results". */
export interface EntryFigureInput {
  group?: string | null;
  label: string;
  value?: string | null;
  before?: number | null;
  after?: number | null;
  unit?: string | null;
}

/** Everything the form holds; ids are whatever the caller uses (global ids in the console). */
export interface EntryInput {
  title: string;
  institutionId: string | null;
  summary: string;
  inOperationSince: number | null;
  priorityAreaIds: string[];
  sections: Partial<Record<SectionKey, string>>;
  successFactors: string[];
  risks: string[];
  figures: EntryFigureInput[];
}

export type EntryValidationMode = 'DRAFT' | 'SUBMIT';

/** A problem with one field; `field` is a path such as `summary`, `sections.issue`, `risks.2`. */
export interface EntryIssue {
  field: string;
  message: string;
}

export const ENTRY_TEXT_LIMITS = {
  /** Characters of the title. */
  maxTitleLength: 300,
  /** Characters of any one text field: a hard stop that even a draft must respect. */
  maxFieldLength: 20_000,
  maxFigures: 40,
  minInOperationSince: 1900,
} as const;

/** The sections every submitted entry must answer. */
export const REQUIRED_SECTIONS: readonly SectionKey[] = [
  'issue',
  'approach',
  'targets',
  'evaluation',
];

export const EMPTY_ENTRY: EntryInput = {
  title: '',
  institutionId: null,
  summary: '',
  inOperationSince: null,
  priorityAreaIds: [],
  sections: {},
  successFactors: [],
  risks: [],
  figures: [],
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The words of the entry that count toward the limit of 1,500: every text except the title. */
export function entryWordCounts(
  entry: Pick<EntryInput, 'summary' | 'sections' | 'successFactors' | 'risks' | 'figures'>,
): {
  summary: number;
  sections: Record<SectionKey, number>;
  lessons: number;
  figures: number;
  total: number;
} {
  const summary = countWords(entry.summary);
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, countWords(entry.sections[k])]),
  ) as Record<SectionKey, number>;
  const lessons = [...entry.successFactors, ...entry.risks].reduce((n, t) => n + countWords(t), 0);
  const figures = entry.figures.reduce(
    (n, f) =>
      n + countWords(f.group) + countWords(f.label) + countWords(f.value) + countWords(f.unit),
    0,
  );
  const total = summary + Object.values(sections).reduce((a, b) => a + b, 0) + lessons + figures;
  return { summary, sections, lessons, figures, total };
}

const SECTION_HEADINGS = Object.fromEntries(FORM_SECTIONS.map((s) => [s.key, s.heading])) as Record<
  SectionKey,
  string
>;

export interface EntryValidationOptions {
  mode: EntryValidationMode;
  /** The competition's priority areas; when given, any other id is refused. */
  allowedPriorityAreaIds?: readonly string[];
  /** The latest acceptable "in operation since" year (default: this year). */
  currentYear?: number;
}

/** Every problem with an entry, in form order; an empty list means it may be saved this way. */
export function validateEntry(entry: EntryInput, options: EntryValidationOptions): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const submit = options.mode === 'SUBMIT';
  const tooLong = (field: string, text: string | null | undefined, label: string) => {
    if (text && text.length > ENTRY_TEXT_LIMITS.maxFieldLength)
      add(field, `${label} is too long (at most ${ENTRY_TEXT_LIMITS.maxFieldLength} characters).`);
  };

  const title = entry.title.trim();
  if (!title) add('title', 'Give the entry a title.');
  else if (title.length > ENTRY_TEXT_LIMITS.maxTitleLength)
    add('title', `The title is too long (at most ${ENTRY_TEXT_LIMITS.maxTitleLength} characters).`);

  if (!entry.institutionId) add('institutionId', 'Choose the institution that submits the entry.');

  const words = entryWordCounts(entry);
  tooLong('summary', entry.summary, 'The summary');
  if (submit && !entry.summary.trim()) add('summary', 'Write a summary.');
  // Word limits do not stop a draft from being saved: autosave must never lose typed text.
  if (submit && words.summary > ENTRY_LIMITS.maxSummaryWords)
    add(
      'summary',
      `The summary has ${plural(words.summary, 'word')}; at most ${ENTRY_LIMITS.maxSummaryWords} are allowed.`,
    );

  const year = entry.inOperationSince;
  const currentYear = options.currentYear ?? new Date().getFullYear();
  if (
    year != null &&
    (!Number.isInteger(year) || year < ENTRY_TEXT_LIMITS.minInOperationSince || year > currentYear)
  )
    add(
      'inOperationSince',
      `Give a year between ${ENTRY_TEXT_LIMITS.minInOperationSince} and ${currentYear}.`,
    );
  else if (submit && year == null) add('inOperationSince', 'Give the year the practice started.');

  const areas = entry.priorityAreaIds;
  if (new Set(areas).size !== areas.length)
    add('priorityAreaIds', 'Each priority area may be chosen once.');
  else if (areas.length > ENTRY_LIMITS.maxPriorityAreas)
    add('priorityAreaIds', `Choose at most ${ENTRY_LIMITS.maxPriorityAreas} priority areas.`);
  else if (submit && areas.length < ENTRY_LIMITS.minPriorityAreas)
    add('priorityAreaIds', `Choose at least ${ENTRY_LIMITS.minPriorityAreas} priority area.`);
  else if (options.allowedPriorityAreaIds) {
    const allowed = new Set(options.allowedPriorityAreaIds);
    if (areas.some((a) => !allowed.has(a)))
      add('priorityAreaIds', "Choose priority areas from the competition's list.");
  }

  for (const key of SECTION_KEYS) {
    const body = entry.sections[key];
    tooLong(`sections.${key}`, body, `"${SECTION_HEADINGS[key]}"`);
    if (submit && REQUIRED_SECTIONS.includes(key) && !body?.trim())
      add(`sections.${key}`, `Answer "${SECTION_HEADINGS[key]}".`);
  }

  const lessons = (kind: 'successFactors' | 'risks', max: number, noun: string) => {
    const list = entry[kind];
    if (list.length > max) add(kind, `Name at most ${max} ${noun}s.`);
    list.forEach((text, i) => {
      if (submit && !text.trim()) add(`${kind}.${i}`, `Write the ${noun} or remove it.`);
      tooLong(`${kind}.${i}`, text, `This ${noun}`);
    });
  };
  lessons('successFactors', ENTRY_LIMITS.maxSuccessFactors, 'success factor');
  lessons('risks', ENTRY_LIMITS.maxRisks, 'risk');
  if (submit && entry.successFactors.filter((t) => t.trim()).length === 0)
    add('successFactors', 'Name at least one success factor.');

  if (entry.figures.length > ENTRY_TEXT_LIMITS.maxFigures)
    add('figures', `At most ${ENTRY_TEXT_LIMITS.maxFigures} figures.`);
  entry.figures.forEach((f, i) => {
    if (submit && !f.label.trim()) add(`figures.${i}.label`, 'Name what the figure measures.');
    for (const n of ['before', 'after'] as const) {
      const v = f[n];
      if (v != null && !Number.isFinite(v)) add(`figures.${i}.${n}`, 'Give a number.');
    }
    if (submit && !f.value?.trim() && (f.before == null || f.after == null))
      add(`figures.${i}.value`, 'Give a value, or both a before and an after figure.');
  });

  if (submit && words.total > ENTRY_LIMITS.maxTotalWords)
    add(
      'total',
      `The entry has ${plural(words.total, 'word')} in all; at most ${ENTRY_LIMITS.maxTotalWords.toLocaleString('en')} are allowed.`,
    );
  return issues;
}

/** The issues as a map from field to its first message, for showing beside each control. */
export function issuesByField(issues: readonly EntryIssue[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const i of issues) map[i.field] ??= i.message;
  return map;
}
