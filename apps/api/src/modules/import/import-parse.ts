import { SECTION_KEYS, seedEntrySchema, type EntryFigureInput, type SectionKey } from '@gpa/shared';
import { readCsv, readXlsx, TabularReadError, type ParsedTable } from '../../http/tabular.js';
import { columnForHeader, IMPORT_COLUMNS, LIST_SEPARATOR } from './import-columns.js';

export type ImportFormat = 'csv' | 'xlsx' | 'seed';

export interface CellError {
  column: string;
  message: string;
}

/** One entry of the file, before it is checked against the database. */
export interface ImportSourceRow {
  /** The row in the spreadsheet (header = 1) or the entry's number in a seed file (from 1). */
  row: number;
  title: string;
  institution: string;
  acronym: string | null;
  countryCode: string;
  countryName: string | null;
  priorityAreas: string[];
  inOperationSince: number | null;
  summary: string;
  sections: Partial<Record<SectionKey, string>>;
  successFactors: string[];
  risks: string[];
  figures: EntryFigureInput[];
  /** Problems found while reading the row. */
  errors: CellError[];
  /** The row could not be read at all: the form's rules are not checked on it. */
  unreadable?: boolean;
}

export interface ParsedImport {
  format: ImportFormat;
  rows: ImportSourceRow[];
  /** Problems with the file as a whole (unreadable, missing columns). */
  fileErrors: string[];
  /** The name of the column (or JSON path) that holds a field of the form, for error reports. */
  columnOf: (row: ImportSourceRow, field: string) => string;
}

export const MAX_IMPORT_ROWS = 2000;

export function importFormat(filename: string): ImportFormat | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'seed';
  return null;
}

export async function parseImport(format: ImportFormat, data: Buffer): Promise<ParsedImport> {
  if (format === 'seed') return parseSeed(data);
  let table: ParsedTable;
  try {
    // Only the columns the import reads, and one row past the limit (to say there are more).
    const limits = {
      maxRows: MAX_IMPORT_ROWS,
      keepHeader: (header: string) => columnForHeader(header) !== null,
    };
    table =
      format === 'csv' ? readCsv(data.toString('utf8'), limits) : await readXlsx(data, limits);
  } catch (error) {
    const message =
      error instanceof TabularReadError ? error.message : 'The file could not be read.';
    return { format, rows: [], fileErrors: [message], columnOf: () => '' };
  }
  return fromTable(format, table);
}

const TABLE_FIELD_COLUMNS: Record<string, string> = {
  title: 'title',
  institutionId: 'institution',
  acronym: 'institution_acronym',
  countryCode: 'country_code',
  countryName: 'country_name',
  summary: 'summary',
  inOperationSince: 'in_operation_since',
  priorityAreaIds: 'priority_areas',
  successFactors: 'success_factor_1',
  risks: 'risk_1',
  figures: 'figures',
  total: '(whole entry)',
};

function tableColumnOf(field: string): string {
  const [head, index] = field.split('.');
  if (head === 'sections') return index!;
  if (head === 'successFactors' && index) return `success_factor_${Number(index) + 1}`;
  if (head === 'risks' && index) return `risk_${Number(index) + 1}`;
  return TABLE_FIELD_COLUMNS[head!] ?? head!;
}

/**
 * "278000 -> 336000 unit" as numbers, or null. Linear in the length of the text: the arrow is
 * found first, and no two parts of a pattern can match the same spaces.
 */
function beforeAfter(value: string) {
  const arrow = /->|→/.exec(value);
  if (!arrow) return null;
  const left = value.slice(0, arrow.index).trim();
  const right = value.slice(arrow.index + arrow[0].length).trim();
  const after = /^([\d.,]+(?:\s+[\d.,]+)*)(.*)$/s.exec(right);
  if (!/^[\d.,][\d.,\s]*$/.test(left) || !after) return null;
  const num = (s: string) => Number(s.replace(/[,\s]/g, ''));
  const [b, a] = [num(left), num(after[1]!)];
  if (!Number.isFinite(b) || !Number.isFinite(a)) return null;
  return { before: b, after: a, unit: after[2]!.trim() || null };
}

/** "label: value" or "label: 278000 -> 336000 unit", one per line. */
function parseFigures(text: string, errors: CellError[]): EntryFigureInput[] {
  const figures: EntryFigureInput[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const colon = line.lastIndexOf(':');
    if (colon <= 0) {
      errors.push({ column: 'figures', message: `"${line}" is not "label: value".` });
      continue;
    }
    const label = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const pair = beforeAfter(value);
    if (pair) {
      figures.push({ label, ...pair });
      continue;
    }
    figures.push({ label, value });
  }
  return figures;
}

function fromTable(format: 'csv' | 'xlsx', table: ParsedTable): ParsedImport {
  const fileErrors: string[] = [];
  const known = new Map<string, string>();
  for (const header of table.headers) {
    const key = columnForHeader(header);
    if (key && !known.has(key)) known.set(key, header);
  }
  const missing = IMPORT_COLUMNS.filter(
    (c) => c.required && !known.has(c.key) && !c.key.startsWith('success_factor'),
  ).map((c) => c.header);
  if (missing.length) fileErrors.push(`Missing columns: ${missing.join(', ')}.`);
  if (table.rows.length === 0) fileErrors.push('The file has no entries.');
  if (table.truncated || table.rows.length > MAX_IMPORT_ROWS)
    fileErrors.push(`At most ${MAX_IMPORT_ROWS} entries at a time.`);

  const rows = table.rows.slice(0, MAX_IMPORT_ROWS).map(({ row, cells }) => {
    const get = (key: string) => {
      const header = known.get(key);
      return header ? (cells[header] ?? '').trim() : '';
    };
    const errors: CellError[] = [];
    const yearText = get('in_operation_since');
    let inOperationSince: number | null = null;
    if (yearText) {
      inOperationSince = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
      if (inOperationSince == null)
        errors.push({ column: 'in_operation_since', message: `"${yearText}" is not a year.` });
    }
    const list = (prefix: string) =>
      [1, 2, 3].map((n) => get(`${prefix}_${n}`)).filter((t) => t !== '');
    const sections: Partial<Record<SectionKey, string>> = {};
    for (const key of SECTION_KEYS) if (get(key)) sections[key] = get(key);
    return {
      row,
      title: get('title'),
      institution: get('institution'),
      acronym: get('institution_acronym') || null,
      countryCode: get('country_code').toUpperCase(),
      countryName: get('country_name') || null,
      priorityAreas: get('priority_areas').split(LIST_SEPARATOR).filter(Boolean),
      inOperationSince,
      summary: get('summary'),
      sections,
      successFactors: list('success_factor'),
      risks: list('risk'),
      figures: parseFigures(get('figures'), errors),
      errors,
    } satisfies ImportSourceRow;
  });
  return {
    format,
    rows,
    fileErrors,
    columnOf: (_row, field) => tableColumnOf(field),
  };
}

const SEED_FIELD_PATHS: Record<string, string> = {
  institutionId: 'institution',
  priorityAreaIds: 'priorityAreas',
  total: '',
};

/** A seed file (packages/shared seed.schema.ts), or just `{ "entries": [...] }`. */
function parseSeed(data: Buffer): ParsedImport {
  const columnOf = (row: ImportSourceRow, field: string) => {
    const [head, ...rest] = field.split('.');
    const path = [SEED_FIELD_PATHS[head!] ?? head, ...rest].filter(Boolean).join('.');
    return `entries[${row.row - 1}]${path ? `.${path}` : ''}`;
  };
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      format: 'seed',
      rows: [],
      fileErrors: [`The file is not valid JSON: ${(error as Error).message}`],
      columnOf,
    };
  }
  const file = (json ?? {}) as {
    entries?: unknown;
    countries?: { code?: unknown; name?: unknown }[];
    institutions?: { name?: unknown; acronym?: unknown; countryCode?: unknown }[];
  };
  if (!Array.isArray(file.entries))
    return { format: 'seed', rows: [], fileErrors: ['The file has no "entries" list.'], columnOf };
  const fileErrors: string[] = [];
  if (file.entries.length === 0) fileErrors.push('The file has no entries.');
  if (file.entries.length > MAX_IMPORT_ROWS)
    fileErrors.push(`At most ${MAX_IMPORT_ROWS} entries at a time.`);
  const countryNames = new Map(
    (Array.isArray(file.countries) ? file.countries : []).map((c) => [String(c?.code), c?.name]),
  );
  const acronyms = new Map(
    (Array.isArray(file.institutions) ? file.institutions : []).map((i) => [
      `${String(i?.countryCode)}|${String(i?.name)}`,
      i?.acronym,
    ]),
  );
  const rows = (file.entries as unknown[]).slice(0, MAX_IMPORT_ROWS).map((raw, i) => {
    const parsed = seedEntrySchema.safeParse(raw);
    const r = (raw ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const row: ImportSourceRow = {
      row: i + 1,
      title: text(r.title),
      institution: text(r.institution),
      acronym: null,
      countryCode: text(r.countryCode).toUpperCase(),
      countryName: null,
      priorityAreas: [],
      inOperationSince: null,
      summary: '',
      sections: {},
      successFactors: [],
      risks: [],
      figures: [],
      errors: [],
    };
    if (!parsed.success) {
      row.errors = parsed.error.issues.map((issue) => ({
        column: `entries[${i}]${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
        message: issue.message,
      }));
      row.unreadable = true;
      return row;
    }
    const e = parsed.data;
    const acronym = acronyms.get(`${e.countryCode}|${e.institution}`);
    const countryName = countryNames.get(e.countryCode);
    return {
      ...row,
      acronym: typeof acronym === 'string' ? acronym : null,
      countryName: typeof countryName === 'string' ? countryName : null,
      priorityAreas: e.priorityAreas,
      inOperationSince: e.inOperationSince ?? null,
      summary: e.summary ?? '',
      sections: { ...(e.sections ?? {}) },
      successFactors: e.successFactors ?? [],
      risks: e.risks ?? [],
      figures: (e.figures ?? []).map((f) => ({ ...f, label: f.label })),
    };
  });
  return { format: 'seed', rows, fileErrors, columnOf };
}
