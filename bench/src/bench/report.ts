import { type Measurement } from './load.js';
import { type Workload } from './workloads.js';

export const TARGETS = ['ours', 'postgraphile', 'raw', 'obvious'] as const;
export type Target = (typeof TARGETS)[number];
/** What a run measures unless told otherwise; `obvious` is the shared figures' design. */
export const DEFAULT_TARGETS: readonly Target[] = ['ours', 'postgraphile', 'raw'];
export const TARGET_LABELS: Record<Target, string> = {
  ours: 'ours',
  postgraphile: 'PostGraphile v4',
  raw: 'raw SQL, our statements',
  obvious: 'raw SQL, obvious design',
};

export interface RunInfo {
  database: string;
  practices: number;
  published: number;
  mode: 'cold' | 'warm';
  duration: number;
  connections: number;
  poolSize: number;
  /** Our API's processes (API_WORKERS). */
  workers: number;
  startedAt: string;
  machine: string;
  loadBefore: number[];
  loadAfter: number[];
  commit: string;
  notes: string[];
}

export interface WorkloadResult {
  workload: Pick<Workload, 'id' | 'title' | 'matches'>;
  results: Partial<Record<Target, Measurement>>;
}

const n = (x: number) =>
  Number.isFinite(x)
    ? x >= 100
      ? Math.round(x).toLocaleString('en-US')
      : x >= 10
        ? x.toFixed(1)
        : x.toFixed(2)
    : '–';
const ms = (x: number) =>
  Number.isFinite(x) ? (x >= 10 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1)) : '–';
const ratio = (x: number) =>
  !Number.isFinite(x) || x <= 0
    ? '–'
    : x < 0.01
      ? '<0.01×'
      : `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;

function cell(m: Measurement | undefined): string {
  if (!m) return 'not run';
  if (!m.requests) return `0 answers${m.errors ? `, ${m.errors} errors` : ''}`;
  return `${n(m.rps)} · ${ms(m.p50)} · ${ms(m.p99)}${m.errors ? ` (${m.errors} errors)` : ''}`;
}

/** Throughput ratio (higher is better for ours) · p50 ratio (lower is better for ours). */
function compare(ours: Measurement | undefined, other: Measurement | undefined): string {
  if (!ours?.requests || !other?.requests) return '–';
  return `${ratio(ours.rps / other.rps)} · ${ratio(ours.p50 / other.p50)}`;
}

/** A table as prettier formats it, so the file passes the format check as written. */
export function markdownTable(header: string[], right: boolean[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function renderReport(
  info: RunInfo,
  targets: readonly Target[],
  rows: WorkloadResult[],
): string {
  const others = (['postgraphile', 'raw', 'obvious'] as const).filter((t) => targets.includes(t));
  const short: Record<string, string> = {
    postgraphile: 'PostGraphile',
    raw: 'our SQL',
    obvious: 'obvious SQL',
  };
  const table = markdownTable(
    [
      'workload',
      'rows',
      ...targets.map((t) => TARGET_LABELS[t]),
      ...(targets.includes('ours') ? others.map((t) => `ours ÷ ${short[t]}`) : []),
    ],
    [false, ...Array<boolean>(targets.length + others.length + 1).fill(true)],
    rows.map(({ workload, results }) => [
      workload.title,
      workload.matches,
      ...targets.map((t) => cell(results[t])),
      ...(targets.includes('ours') ? others.map((t) => compare(results.ours, results[t])) : []),
    ]),
  );
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  return `## ${info.practices.toLocaleString('en-US')} practices, ${info.mode}

${info.startedAt} · \`${info.database}\` · ${info.published.toLocaleString('en-US')} published practices ·
${info.connections} connections · ${info.duration} s per workload and target · pools of ${info.poolSize} · our API in ${info.workers === 1 ? 'one process' : `${info.workers} processes (API_WORKERS)`} ·
${info.machine} · load average before ${load(info.loadBefore)}, after ${load(info.loadAfter)} · ${info.commit}

${table}

Cells: requests per second · p50 ms · p99 ms. Ratios: ours' throughput ÷ theirs (at least 1 is as
good) · ours' p50 ÷ theirs (at most 1 is as fast). Rows: rows the SQL must read (text matches, or
the browsed set) → rows in the answer's total. "Our statements": the SQL our API sent for the
same request, replayed through a pg pool, all at once (the floor of our design); "obvious
design": hand-written SQL over the published views, ranking every match (the shared figures').
${info.notes.map((note) => `\n- ${note}`).join('')}
`;
}
