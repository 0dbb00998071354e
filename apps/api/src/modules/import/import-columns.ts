import { type TabularColumn } from '../../http/tabular.js';

/** One column of the CSV/XLSX import, with what the template's documentation says about it. */
export interface ImportColumn extends TabularColumn {
  required: boolean;
  description: string;
  /** Other headers accepted for it (e.g. the entries table's export). */
  aliases?: string[];
}

/** Several values in one cell (priority areas) are separated by semicolons or line breaks. */
export const LIST_SEPARATOR = /\s*(?:;|\r?\n)\s*/;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'title', header: 'title', required: true, description: 'The title of the practice.' },
  {
    key: 'institution',
    header: 'institution',
    required: true,
    description:
      'The institution, by its full name; a new name in that country creates the institution.',
  },
  {
    key: 'institution_acronym',
    header: 'institution_acronym',
    required: false,
    description: "A new institution's acronym (e.g. SSO).",
  },
  {
    key: 'country_code',
    header: 'country_code',
    required: true,
    description: 'The ISO 3166-1 alpha-2 code of the institution’s country (e.g. IR).',
  },
  {
    key: 'country_name',
    header: 'country_name',
    required: false,
    aliases: ['country'],
    description: 'Needed only for a country not known yet, which the import then creates.',
  },
  {
    key: 'priority_areas',
    header: 'priority_areas',
    required: true,
    description:
      "1 to 3 priority areas of the competition's list, by name, separated by semicolons.",
  },
  {
    key: 'in_operation_since',
    header: 'in_operation_since',
    required: true,
    description: 'The year the practice started (e.g. 2015).',
  },
  { key: 'summary', header: 'summary', required: true, description: 'At most 180 words.' },
  { key: 'issue', header: 'issue', required: true, description: 'The issue or challenge.' },
  { key: 'approach', header: 'approach', required: true, description: 'Addressing the challenge.' },
  { key: 'targets', header: 'targets', required: true, description: 'Targets to be achieved.' },
  {
    key: 'evaluation',
    header: 'evaluation',
    required: true,
    description: 'Evaluating the results.',
  },
  {
    key: 'lessons',
    header: 'lessons',
    required: false,
    description: 'Lessons learned: any text besides the factors and risks.',
  },
  ...[1, 2, 3].map((n) => ({
    key: `success_factor_${n}`,
    header: `success_factor_${n}`,
    required: n === 1,
    description: `Success factor ${n}${n === 1 ? '' : ' (optional)'}.`,
  })),
  ...[1, 2, 3].map((n) => ({
    key: `risk_${n}`,
    header: `risk_${n}`,
    required: false,
    description: `Risk ${n} (optional).`,
  })),
  {
    key: 'figures',
    header: 'figures',
    required: false,
    description:
      'The table of figures, one per line: "label: value", or "label: before -> after" for a before/after pair.',
  },
];

/** "Priority areas" and "priority_areas" are the same header. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The column key a header names, or null when the import does not read it. */
export function columnForHeader(header: string): string | null {
  const h = normalizeHeader(header);
  const column = IMPORT_COLUMNS.find((c) => c.key === h || c.aliases?.includes(h));
  return column?.key ?? null;
}

/** The example row of the downloadable template (the practice sheet in the seed data, shortened). */
export const TEMPLATE_EXAMPLE: Record<string, string> = {
  title: 'Comprehensive e-services: More effective, more reliable',
  institution: 'Iranian Social Security Organization',
  institution_acronym: 'SSO',
  country_code: 'IR',
  country_name: 'Islamic Republic of Iran',
  priority_areas: 'Information and Communication Technology; Service Quality',
  in_operation_since: '2015',
  summary:
    'In developing e-services, the vision of the Iranian Social Security Organization (SSO) is to minimize in-person visits and provide clients with internet based services.',
  issue: 'Large number of in-person insurance branch visits of clients.',
  approach: 'A package of e-services offered gradually to the beneficiaries.',
  targets: 'Fewer in-person visits; time saving; high client satisfaction.',
  evaluation: 'Reduction in unnecessary in-person visits: 2,500,000.',
  lessons: '',
  success_factor_1: 'Good team work among the different units of the organization.',
  success_factor_2: 'Good interaction with social partners in all aspects.',
  success_factor_3: '',
  risk_1: 'Infrastructure requirements.',
  risk_2: '',
  risk_3: '',
  figures: 'Satisfaction: 97 per cent\nNumber of inspections: 278000 -> 336000',
};
