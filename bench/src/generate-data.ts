/**
 * pnpm bench:data [--practices 10000] [--database-url URL] [--reset] [--seed 1]
 *
 * Creates (or reuses) the database gpa_bench_<N> on the local server, migrates it with the
 * API's migrations, loads the real seed, and adds N synthetic practices. Prints the URL and the
 * rate of each phase. A database that already holds a generated dataset is left as it is.
 */
import { generateDataset } from './generator/generate.js';
import { parseArgs } from './lib/cli-args.js';
import { benchDatabaseUrl, ensureDatabase } from './lib/databases.js';

const args = parseArgs(
  process.argv.slice(2),
  ['reset'],
  ['practices', 'database-url', 'seed', 'batch-size'],
);
const practices = args.int('practices', 10_000);
const url = args.string('database-url') ?? benchDatabaseUrl(practices);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const state = await ensureDatabase(url, args.flag('reset'));
console.log(`database: ${url} (${state}${args.flag('reset') ? ' after reset' : ''})`);
const report = await generateDataset({
  url,
  practices,
  seed: args.int('seed', 1),
  batchSize: args.int('batch-size', 2500),
  log: (m) => console.log(m),
});
if (!report) {
  console.log(
    'It already holds a generated dataset; nothing to do (--reset to generate it again).',
  );
} else {
  const { seconds: s, rates: r, rows } = report;
  console.log(
    `rows: ${Object.entries(rows)
      .map(([t, n]) => `${t} ${fmt(n)}`)
      .join(', ')}`,
  );
  console.log(
    `insert:  ${s.insert.toFixed(1)} s, ${fmt(r.insert)} practices/s (${fmt(r.insertRows)} rows/s over all tables)`,
  );
  console.log(
    `vectors: ${s.vectors.toFixed(1)} s, ${fmt(r.vectors)} practices/s (one set-based UPDATE per half of the ids)`,
  );
  const st = report.indexSteps;
  console.log(
    `index:   ${s.index.toFixed(1)} s (side by side: GIN on search_vector ${st.searchVectorIndex.toFixed(1)} s | practice_search_sync ${st.practiceSearch.toFixed(1)} s; then practice_search indexes ${st.practiceSearchIndexes.toFixed(1)} s | search_assist_sync ${st.searchAssist.toFixed(1)} s)`,
  );
  console.log(`vacuum + analyze: ${s.analyze.toFixed(1)} s`);
  console.log(
    `total:   ${s.total.toFixed(1)} s, ${fmt(r.total)} practices/s (reference data before: ${s.reference.toFixed(1)} s)`,
  );
}
console.log(`DATABASE_URL=${url}`);
