import { type ApolloClient } from '@apollo/client';
import { type ExportRowsQuery } from '../../../generated/graphql';
import { type PracticeListArgs } from '../../../components/practice-list/more-practices.query';
import { exportRowsQuery } from './export-rows.query';

/** The API's page limit. */
const PAGE = 100;
/**
 * At most this many rows: 50 requests, well inside the anonymous rate limit. Larger sets are
 * better served by the API itself (see /api), which the note in the download says.
 */
export const EXPORT_LIMIT = 5000;

export type ExportRow = ExportRowsQuery['practices']['nodes'][number];
export type ExportFormat = 'csv' | 'json';

/** Every row of the current result set, page after page, in the order the page shows them. */
export async function fetchAllRows(
  client: ApolloClient,
  args: PracticeListArgs,
  onProgress: (done: number, total: number) => void,
): Promise<{ rows: ExportRow[]; total: number }> {
  const rows: ExportRow[] = [];
  let after: string | null | undefined;
  let total = 0;
  do {
    const { data } = await client.query({
      query: exportRowsQuery,
      variables: { ...args, first: PAGE, after },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('The API returned no data.');
    const page = data.practices;
    total = page.totalCount;
    rows.push(...page.nodes);
    onProgress(rows.length, total);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && rows.length < EXPORT_LIMIT);
  return { rows: rows.slice(0, EXPORT_LIMIT), total };
}

/** A flat record per practice: the columns of the CSV and the objects of the JSON. */
export function flatten(row: ExportRow, origin: string) {
  return {
    title: row.title,
    url: `${origin}/practices/${row.slug}`,
    institution: row.institution.name,
    institutionAcronym: row.institution.acronym ?? '',
    country: row.country.name,
    countryCode: row.country.code,
    region: row.region,
    priorityAreas: row.priorityAreas.map((a) => a.name).join('; '),
    outcome: row.outcome ?? '',
    competition: row.competition?.title ?? '',
    year: row.competition?.year ?? '',
    inOperationSince: row.inOperationSince ?? '',
    summary: row.summary ?? '',
  };
}

/**
 * A cell as RFC 4180 wants it; text that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return first) gets a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: readonly Record<string, unknown>[]): string {
  const first = records[0];
  if (!first) return '\uFEFF';
  const header = Object.keys(first);
  const lines = [
    header.join(','),
    ...records.map((r) => header.map((k) => csvCell(r[k])).join(',')),
  ];
  // A byte order mark so that spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(
  records: readonly Record<string, unknown>[],
  meta: { url: string; total: number; exportedAt: string },
): string {
  return `${JSON.stringify({ ...meta, count: records.length, practices: records }, null, 2)}\n`;
}

/** Offers `text` as a file download. */
export function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches the whole result set and downloads it in `format`. */
export async function exportResults(
  client: ApolloClient,
  args: PracticeListArgs,
  format: ExportFormat,
  onProgress: (done: number, total: number) => void,
) {
  const { rows, total } = await fetchAllRows(client, args, onProgress);
  const origin = window.location.origin;
  const records = rows.map((r) => flatten(r, origin));
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'csv')
    download(toCsv(records), `practices-${stamp}.csv`, 'text/csv;charset=utf-8');
  else
    download(
      toJson(records, { url: window.location.href, total, exportedAt: new Date().toISOString() }),
      `practices-${stamp}.json`,
      'application/json',
    );
}
