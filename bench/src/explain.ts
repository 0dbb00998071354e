/**
 * pnpm --filter @gpa/bench explain [--practices 100000 | --database-url URL] [--workloads …]
 *
 * Runs each workload once through our production process with every statement it sends to
 * PostgreSQL captured (with its parameters), then EXPLAIN (ANALYZE, BUFFERS)s each statement on
 * the same database. Writes bench/results/explain-<database>.md: per workload, the statements
 * in the order sent, their key plan lines, and the full plans.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { API_MAIN, BENCH_ROOT } from './lib/paths.js';
import { parseArgs } from './lib/cli-args.js';
import { benchDatabaseUrl } from './lib/databases.js';
import { installBenchPgSchema } from './bench/postgraphile-schema.js';
import { graphqlRequest, killAll } from './bench/processes.js';
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

const capture = path.join(tmpdir(), `gpa-bench-sql-${process.pid}.jsonl`);
const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'gpa-bench-explain' });
const server = await startOurApi(url, {
  poolSize: 10,
  preload: ['tsx', path.join(BENCH_ROOT, 'src/bench/capture-sql.ts')],
  env: { CAPTURE_SQL_FILE: capture },
});
try {
  const client = await pool.connect();
  await installBenchPgSchema(client);
  client.release();
  const workloads = await buildWorkloads(pool, { ours: server.url }, selected);
  const sections: string[] = [];
  for (const workload of workloads) {
    const body = workload.http.ours.bodies[0]!;
    await graphqlRequest(server.url, body); // once to warm, as the benchmark's warm mode does
    await rm(capture, { force: true });
    await graphqlRequest(server.url, body);
    const statements = (await readFile(capture, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; values: unknown[] })
      .filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
    const parts = [`## ${workload.title}\n\n${statements.length} statements, in the order sent.`];
    for (const [i, statement] of statements.entries()) {
      const plan: string[] = (
        await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values)
      ).rows.map((r) => r['QUERY PLAN']);
      const sql = statement.text.replace(/\s+/g, ' ').trim();
      parts.push(
        `### ${i + 1}. \`${sql.slice(0, 90).replace(/`/g, "'")}${sql.length > 90 ? '…' : ''}\``,
        `Parameters: \`${JSON.stringify(statement.values).slice(0, 200).replace(/`/g, '')}\``,
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
  const out = path.join(BENCH_ROOT, 'results', `explain-${new URL(url).pathname.slice(1)}.md`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(
    out,
    `# EXPLAIN of our statements on ${new URL(url).pathname.slice(1)}\n\n${sections.join('\n\n')}\n`,
  );
  console.log(`written to ${path.relative(process.cwd(), out)}`);
} finally {
  await server.stop();
  await pool.end();
  await rm(capture, { force: true });
}
