/**
 * pnpm --filter @gpa/bench explain [--practices 100000 | --database-url URL] [--workloads …]
 *
 * Captures every statement our production process sends (with its parameters) to answer each
 * workload's first request, then EXPLAIN (ANALYZE, BUFFERS)s each on the same database. Writes
 * bench/results/explain-<database>.md: per workload, the statements in the order sent, their
 * key plan lines, and the full plans.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { API_MAIN, BENCH_ROOT } from './lib/paths.js';
import { parseArgs } from './lib/cli-args.js';
import { formatFiles } from './lib/machine.js';
import { benchDatabaseUrl } from './lib/databases.js';
import { installBenchPgSchema } from './bench/postgraphile-schema.js';
import { killAll } from './bench/processes.js';
import { captureOurStatements } from './bench/replay.js';
import { startOurApi } from './bench/targets.js';
import { buildWorkloads, WORKLOAD_IDS, type WorkloadId } from './bench/workloads.js';

const args = parseArgs(process.argv.slice(2), [], ['practices', 'database-url', 'workloads']);
const url = args.string('database-url') ?? benchDatabaseUrl(args.int('practices', 10_000));
const selected = (args.string('workloads')?.split(',') ?? [...WORKLOAD_IDS]) as WorkloadId[];
if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build first (pnpm run build).`);
process.on('SIGINT', () => {
  killAll();
  process.exit(130);
});

/** The plan lines worth reading first: scans and their row counts, sorts, timings. */
const KEY_LINE = /Scan|Sort Method|Heap Blocks|Rows Removed|Execution Time|Planning Time/;

const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'gpa-bench-explain' });
try {
  const client = await pool.connect();
  await installBenchPgSchema(client);
  client.release();
  // W4 needs our cursor to page 50, collected from a running API.
  const server = await startOurApi(url, { poolSize: 10, env: { PUBLIC_CACHE_ENTRIES: '0' } });
  const workloads = await buildWorkloads(pool, { ours: server.url }, selected).finally(() =>
    server.stop(),
  );
  const captured = await captureOurStatements(
    url,
    new Map(workloads.map((w) => [w.id, [w.http.ours.bodies[0]!]])),
    { poolSize: 10 },
  );
  const sections: string[] = [];
  for (const workload of workloads) {
    const statements = captured.get(workload.id)![0]!;
    const parts = [`## ${workload.title}\n\n${statements.length} statements, in the order sent.`];
    for (const [i, statement] of statements.entries()) {
      // With the planner settings our API sent before it, in a transaction of its own.
      const client = await pool.connect();
      let plan: string[];
      try {
        if (statement.settings) await client.query(statement.settings);
        plan = (
          await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values)
        ).rows.map((r) => r['QUERY PLAN']);
      } finally {
        if (statement.settings) await client.query('ROLLBACK').catch(() => undefined);
        client.release();
      }
      const sql = statement.text.replace(/\s+/g, ' ').trim();
      parts.push(
        `### ${i + 1}. \`${sql.slice(0, 90).replace(/`/g, "'")}${sql.length > 90 ? '…' : ''}\``,
        `Parameters: \`${JSON.stringify(statement.values).slice(0, 200).replace(/`/g, '')}\`${statement.settings ? `; before it: \`${statement.settings}\`` : ''}`,
        '```text\n' + plan.filter((l) => KEY_LINE.test(l)).join('\n') + '\n```',
        '<details><summary>statement and full plan</summary>\n\n```sql\n' +
          statement.text.trim() +
          '\n```\n\n```text\n' +
          plan.join('\n') +
          '\n```\n\n</details>',
      );
    }
    sections.push(parts.join('\n\n'));
    console.log(`${workload.id}: ${statements.length} statements`);
  }
  const name = new URL(url).pathname.slice(1);
  const out = path.join(BENCH_ROOT, 'results', `explain-${name}.md`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `# EXPLAIN of our statements on ${name}\n\n${sections.join('\n\n')}\n`);
  formatFiles([out]);
  console.log(`written to ${path.relative(process.cwd(), out)}`);
} finally {
  await pool.end();
}
