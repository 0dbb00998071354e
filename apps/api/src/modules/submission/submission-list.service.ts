import { type DataSource } from 'typeorm';
import { countWords, type EntryStatus, type Outcome } from '@gpa/shared';
import { notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';

export const SUBMISSION_SORTS = [
  'TITLE',
  'INSTITUTION',
  'COUNTRY',
  'STATUS',
  'OUTCOME',
  'UPDATED',
] as const;
export type SubmissionSort = (typeof SUBMISSION_SORTS)[number];

/** The entries table's filters; within one filter values are OR-ed, across filters AND-ed. */
export interface SubmissionFilter {
  search?: string | null;
  statuses?: EntryStatus[] | null;
  countryCodes?: string[] | null;
  /** Local ids. */
  institutionIds?: string[] | null;
  /** Local ids. */
  priorityAreaIds?: string[] | null;
  outcomes?: Outcome[] | null;
  /** Only entries without a decision. */
  undecided?: boolean | null;
}

export interface SubmissionRow {
  id: string;
  title: string;
  status: EntryStatus;
  institutionName: string;
  countryCode: string;
  countryName: string;
  priorityAreas: string[];
  outcome: Outcome | null;
  inOperationSince: number | null;
  words: number;
  version: number;
  updatedAt: Date;
  summary: string;
}

const ORDER: Record<SubmissionSort, string> = {
  TITLE: 'lower(p.title)',
  INSTITUTION: 'lower(i.name)',
  COUNTRY: 'co.sort_name',
  STATUS: 'p.status',
  OUTCOME: 'array_position(enum_range(NULL::outcome), d.outcome)',
  UPDATED: 'p.updated_at',
};

export const MAX_EXPORT_ROWS = 20_000;

/**
 * The entries table: one statement for the page (with every column the table shows) and one for
 * the count, whatever the page size; the export reads the same query without paging.
 */
export class SubmissionListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(
    viewer: Viewer,
    competitionId: string,
    options: {
      filter: SubmissionFilter;
      sort: SubmissionSort;
      descending: boolean;
      first: number;
      offset: number;
    },
  ): Promise<{ nodes: SubmissionRow[]; totalCount: number; offset: number }> {
    this.access.assertSecretariat(viewer);
    if (!Number.isInteger(options.first) || options.first < 1 || options.first > 100)
      throw userInputError('"first" must be between 1 and 100.', 'first');
    if (!Number.isInteger(options.offset) || options.offset < 0)
      throw userInputError('"offset" must be 0 or more.', 'offset');
    await this.assertCompetition(competitionId);
    const { where, params } = filterSql(competitionId, options.filter);
    const [count] = await this.dataSource.query(
      `SELECT count(*)::int AS n ${FROM} WHERE ${where}`,
      params,
    );
    const nodes = await this.rows(where, params, options, options.first, options.offset);
    return { nodes, totalCount: count.n, offset: options.offset };
  }

  /** Every row of the current view, for the CSV and XLSX export. */
  async all(
    viewer: Viewer,
    competitionId: string,
    options: { filter: SubmissionFilter; sort: SubmissionSort; descending: boolean },
  ): Promise<SubmissionRow[]> {
    this.access.assertSecretariat(viewer);
    await this.assertCompetition(competitionId);
    const { where, params } = filterSql(competitionId, options.filter);
    return this.rows(where, params, options, MAX_EXPORT_ROWS, 0);
  }

  async competitionTitle(competitionId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT title FROM competition WHERE id = $1`, [
      competitionId,
    ]);
    return row?.title ?? null;
  }

  private async assertCompetition(competitionId: string) {
    if (!(await this.competitionTitle(competitionId))) throw notFound('This competition');
  }

  private async rows(
    where: string,
    params: unknown[],
    options: { sort: SubmissionSort; descending: boolean },
    limit: number,
    offset: number,
  ): Promise<SubmissionRow[]> {
    const direction = options.descending ? 'DESC' : 'ASC';
    const n = params.length;
    const rows: (SubmissionRow & { text: string })[] = await this.dataSource.query(
      `SELECT p.id, p.title, p.status, i.name AS "institutionName", co.code AS "countryCode",
              co.name AS "countryName", d.outcome, p.in_operation_since AS "inOperationSince",
              p.version, p.updated_at AS "updatedAt", coalesce(p.summary, '') AS summary,
              coalesce((SELECT json_agg(a.name ORDER BY pa.position) FROM practice_priority_area pa
                          JOIN priority_area a ON a.id = pa.priority_area_id WHERE pa.practice_id = p.id), '[]')
                AS "priorityAreas",
              concat_ws(' ', p.summary,
                (SELECT string_agg(s.body, ' ') FROM practice_section s WHERE s.practice_id = p.id),
                (SELECT string_agg(l.text, ' ') FROM practice_lesson l WHERE l.practice_id = p.id),
                (SELECT string_agg(concat_ws(' ', f.group_label, f.label, f.value, f.unit), ' ')
                   FROM practice_figure f WHERE f.practice_id = p.id)) AS text
         ${FROM} WHERE ${where}
        ORDER BY ${ORDER[options.sort]} ${direction} NULLS LAST, lower(p.title), p.id
        LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, limit, offset],
    );
    return rows.map(({ text, ...row }) => ({ ...row, words: countWords(text) }));
  }
}

const FROM = `FROM practice p
  JOIN institution i ON i.id = p.institution_id
  JOIN country co ON co.id = i.country_id
  LEFT JOIN decision d ON d.practice_id = p.id`;

function filterSql(competitionId: string, filter: SubmissionFilter) {
  const params: unknown[] = [competitionId];
  const conditions = ['p.competition_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 200) throw userInputError('The search is too long.', 'search');
    const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
    add(
      (n) =>
        `(p.title ILIKE ${n} OR i.name ILIKE ${n} OR i.acronym ILIKE ${n} OR p.summary ILIKE ${n})`,
      pattern,
    );
  }
  if (filter.statuses?.length) add((n) => `p.status = ANY(${n}::entry_status[])`, filter.statuses);
  if (filter.countryCodes?.length)
    add(
      (n) => `co.code = ANY(${n}::text[])`,
      filter.countryCodes.map((c) => c.toUpperCase()),
    );
  if (filter.institutionIds?.length)
    add((n) => `p.institution_id = ANY(${n}::uuid[])`, filter.institutionIds);
  if (filter.priorityAreaIds?.length)
    add(
      (n) =>
        `EXISTS (SELECT 1 FROM practice_priority_area pa WHERE pa.practice_id = p.id AND pa.priority_area_id = ANY(${n}::uuid[]))`,
      filter.priorityAreaIds,
    );
  if (filter.outcomes?.length || filter.undecided) {
    params.push(filter.outcomes ?? []);
    const n = `$${params.length}`;
    conditions.push(
      `(d.outcome = ANY(${n}::outcome[])${filter.undecided ? ' OR d.practice_id IS NULL' : ''})`,
    );
  }
  return { where: conditions.join(' AND '), params };
}
