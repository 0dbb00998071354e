/**
 * pnpm bench [--practices 10000 | --database-url URL] [--duration 15] [--connections 8] [--warm]
 *            [--workers 1] (our API's API_WORKERS)
 *            [--facet-values 8 | all] (values of each facet W1 and W2 ask for; the explorer's 8)
 *            [--workloads w1-rare,w1-two-word,w1-common,w2,w3,w4]
 *            [--targets ours,postgraphile,raw,obvious]
 *            [--pool-size 10] [--timeout 120] [--out results/latest.md]
 *
 * Runs the same workloads, in one run on one database, through (a) our production process
 * (apps/api/dist/main.js), (b) PostGraphile v4 over the bench_pg schema, (c) hand-written SQL
 * through a pg pool (the floor). Prints a markdown table and writes it to bench/results/.
 * Everything listens on 127.0.0.1 only, and every server it starts is stopped at the end.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism as cpus } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { API_MAIN, BENCH_ROOT } from './lib/paths.js';
import { parseArgs } from './lib/cli-args.js';
import { benchDatabaseUrl } from './lib/databases.js';
import { formatFiles, gitCommit, loadAverage, machineDescription } from './lib/machine.js';
import { installBenchPgSchema } from './bench/postgraphile-schema.js';
import { graphqlRequest, killAll, type Server } from './bench/processes.js';
import { startOurApi, startPostGraphile } from './bench/targets.js';
import { type LoadOptions, measureClosedLoop, measureHttp, waitForIdle } from './bench/load.js';
import {
  renderReport,
  type Target,
  TARGETS,
  DEFAULT_TARGETS,
  TARGET_LABELS,
  type WorkloadResult,
} from './bench/report.js';
import {
  buildWorkloads,
  facetValuesOption,
  type Workload,
  WORKLOAD_IDS,
  type WorkloadId,
} from './bench/workloads.js';
import { validate } from './bench/validate.js';
import { captureOurStatements, replay, type Statement } from './bench/replay.js';

const args = parseArgs(
  process.argv.slice(2),
  ['warm'],
  [
    'practices',
    'database-url',
    'duration',
    'connections',
    'workloads',
    'targets',
    'pool-size',
    'workers',
    'timeout',
    'out',
    'facet-values',
  ],
);
const list = <T extends string>(name: string, all: readonly T[], fallback = all): T[] => {
  const given = args.string(name);
  if (!given) return [...fallback];
  const picked = given.split(',').map((s) => s.trim()) as T[];
  const unknown = picked.filter((p) => !all.includes(p));
  if (unknown.length)
    throw new Error(`Unknown --${name} ${unknown.join(', ')}; choose from ${all.join(', ')}.`);
  return picked;
};
const url = args.string('database-url') ?? benchDatabaseUrl(args.int('practices', 10_000));
const mode = args.flag('warm') ? 'warm' : 'cold';
const workloadIds = list<WorkloadId>('workloads', WORKLOAD_IDS);
const targets = list<Target>('targets', TARGETS, DEFAULT_TARGETS);
const poolSize = args.int('pool-size', 10);
/** Our API's processes (API_WORKERS): PostGraphile runs one process whatever this says. */
const workers = args.int('workers', 1);
const load: LoadOptions = {
  duration: args.int('duration', 15),
  connections: args.int('connections', 8),
  timeout: args.int('timeout', 120),
};
const facetValues = facetValuesOption(args);
const out = path.resolve(BENCH_ROOT, args.string('out') ?? 'results/latest.md');

if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build first (pnpm run build).`);

// Whatever happens, no server outlives the run: an overall deadline, and interrupts.
const budgetMs =
  (workloadIds.length * targets.length * (Math.max(load.duration, 3 * load.timeout) + 60) + 600) *
  1000;
const watchdog = setTimeout(() => {
  console.error(`The bench ran past its ${Math.round(budgetMs / 1000)} s budget; stopping.`);
  killAll();
  process.exit(2);
}, budgetMs);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`Interrupted by ${signal}; stopping the servers.`);
    killAll();
    process.exit(130);
  });
}

const admin = new pg.Pool({ connectionString: url, max: 2, application_name: 'gpa-bench-admin' });
const raw = new pg.Pool({
  connectionString: url,
  max: poolSize,
  application_name: 'gpa-bench-raw',
});
const servers: Server[] = [];
try {
  const client = await admin.connect().catch((error: { code?: string }) => {
    if (error.code === '3D000') {
      throw new Error(`${url} does not exist; generate it first: pnpm bench:data --practices N`);
    }
    throw error;
  });
  try {
    await installBenchPgSchema(client);
  } finally {
    client.release();
  }
  const facts = (
    await admin.query(
      `SELECT (SELECT count(*)::int FROM practice) AS practices,
              (SELECT count(*)::int FROM published_practice) AS published,
              (SELECT version()) AS version`,
    )
  ).rows[0];

  const [ours, postgraphile] = await Promise.all([
    targets.includes('ours')
      ? // Cold measures the search itself; warm lets our cache of public answers work.
        startOurApi(url, {
          poolSize,
          env: {
            PUBLIC_CACHE_ENTRIES: mode === 'warm' ? '2000' : '0',
            API_WORKERS: String(workers),
          },
        })
      : undefined,
    targets.includes('postgraphile') ? startPostGraphile(url, { poolSize }) : undefined,
  ]);
  for (const server of [ours, postgraphile]) if (server) servers.push(server);
  const urls = { ours: ours?.url, postgraphile: postgraphile?.url };
  console.log(`database ${url}; ${servers.map((s) => `${s.name} ${s.url}`).join(', ')}`);

  const workloads = await buildWorkloads(raw, urls, workloadIds, facetValues);
  // The floor of our own design: the statements our API sends, captured once per request.
  const statements = targets.includes('raw')
    ? await captureOurStatements(url, new Map(workloads.map((w) => [w.id, w.http.ours.bodies])), {
        poolSize,
      })
    : new Map<string, Statement[][]>();
  const runRaw = (workload: Workload, i: number) => {
    const all = statements.get(workload.id)!;
    return replay(raw, all[i % all.length]!);
  };
  const variants = (workload: Workload, target: 'raw' | 'obvious') =>
    target === 'raw' ? workload.http.ours.bodies.length : workload.obvious.variants;
  const { notes, seconds } = await validate(workloads, targets, async (workload, target) => {
    if (target === 'raw') return runRaw(workload, 0).then(() => null);
    if (target === 'obvious') return workload.obvious.run(raw, 0);
    return workload.http[target].answer(
      await graphqlRequest(urls[target]!, workload.http[target].bodies[0]!),
    );
  });
  for (const note of notes) console.log(`! ${note}`);
  // A workload whose answers take longer under load than a third of the duration runs a fixed
  // number of answers instead (3 per client), for every target alike: a 15 s window would end
  // before most of them arrived. Load latency ≈ one answer's time × clients ÷ CPUs.
  const counted = new Set(
    workloads
      .filter((w) => ((seconds.get(w.id) ?? 0) * load.connections) / cpus() > load.duration / 3)
      .map((w) => w.id),
  );
  if (counted.size) {
    notes.push(
      `† ${[...counted].join(', ')}: too slow for ${load.duration} s runs; measured over ${3 * load.connections} answers per target instead (3 per client), throughput = answers ÷ time taken${mode === 'warm' ? ' (not ours when warm: its answers come from the cache, measured over the whole duration)' : ''}.`,
    );
  }

  const loadBefore = loadAverage();
  const startedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const rows: WorkloadResult[] = [];
  for (const workload of workloads) {
    const results: WorkloadResult['results'] = {};
    for (const target of targets) {
      await waitForIdle(admin);
      if (mode === 'warm') {
        // One pass over every distinct request of the workload, one at a time.
        if (target === 'ours' || target === 'postgraphile') {
          for (const body of workload.http[target].bodies)
            await graphqlRequest(urls[target]!, body);
        } else {
          for (let i = 0; i < variants(workload, target); i += 1) {
            await (target === 'raw' ? runRaw(workload, i) : workload.obvious.run(raw, i));
          }
        }
      }
      // Warm, ours answers from its cache: the fixed-duration run measures it, not 24 answers.
      const cached = mode === 'warm' && target === 'ours';
      const options =
        counted.has(workload.id) && !cached ? { ...load, amount: 3 * load.connections } : load;
      const m =
        target === 'raw' || target === 'obvious'
          ? await measureClosedLoop(
              (i) => (target === 'raw' ? runRaw(workload, i) : workload.obvious.run(raw, i)),
              variants(workload, target),
              options,
            )
          : await measureHttp(urls[target]!, workload.http[target].bodies, options);
      results[target] = m;
      console.log(
        `${workload.id.padEnd(12)} ${TARGET_LABELS[target].padEnd(16)} ${m.rps.toFixed(1).padStart(8)} req/s  p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms${m.errors ? `  ${m.errors} errors` : ''}`,
      );
    }
    rows.push({
      workload: {
        id: workload.id,
        title: `${workload.title}${counted.has(workload.id) ? ' †' : ''}`,
        matches: workload.matches,
      },
      results,
    });
  }
  await waitForIdle(admin);

  const report = renderReport(
    {
      database: new URL(url).pathname.slice(1),
      practices: facts.practices,
      published: facts.published,
      mode,
      duration: load.duration,
      connections: load.connections,
      poolSize,
      workers,
      startedAt,
      machine: machineDescription(facts.version),
      loadBefore,
      loadAfter: loadAverage(),
      commit: gitCommit(),
      notes: [
        mode === 'warm'
          ? 'Warm: each target answered every distinct request once before its run; our API serves repeated public queries from its cache (PUBLIC_CACHE_ENTRIES=2000), the others from what PostgreSQL and the OS hold in memory.'
          : 'Cold: our cache off (PUBLIC_CACHE_ENTRIES=0), no warm-up pass; the targets run one after another on each workload (ours first), so a later target may find pages the earlier ones read in memory.',
        ...notes,
      ],
    },
    targets,
    rows,
  );
  console.log(`\n${report}`);
  // --out names the one file written; by default latest.md and <database>-<mode>.md.
  const files = args.string('out')
    ? [out]
    : [out, path.join(path.dirname(out), `${new URL(url).pathname.slice(1)}-${mode}.md`)];
  await mkdir(path.dirname(out), { recursive: true });
  for (const file of files) await writeFile(file, report);
  await writeFile(
    files.at(-1)!.replace(/\.md$/, '.json'),
    JSON.stringify({ url, mode, load, targets, rows }, null, 2) + '\n',
  );
  formatFiles([...files, files.at(-1)!.replace(/\.md$/, '.json')]);
  console.log(`written to ${files.map((f) => path.relative(process.cwd(), f)).join(' and ')}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await Promise.all([admin.end(), raw.end()]);
  clearTimeout(watchdog);
}
