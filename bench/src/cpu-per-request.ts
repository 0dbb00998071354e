/**
 * pnpm --filter @gpa/bench cpu -- --port 4000 --pid <api pid> [--q freelance] [--requests 3000]
 *                                  [--facet-values 8 | all]
 *
 * CPU time our API process spends per request (user + system, from /proc/<pid>/stat) while
 * answering W1's query `--requests` times at 8 connections, after one answer to fill its cache.
 * On a machine shared with other work, CPU per request varies less than requests per second.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { OURS } from './bench/graphql.js';
import { facetValuesOption, SEARCH_FILTER } from './bench/workloads.js';
import { parseArgs } from './lib/cli-args.js';

const args = parseArgs(process.argv.slice(2), [], ['port', 'pid', 'q', 'requests', 'facet-values']);
const pid = args.int('pid', 0);
const amount = args.int('requests', 3000);
const q = args.string('q') ?? 'freelance';
const facetValues = facetValuesOption(args);
const url = `http://127.0.0.1:${args.int('port', 4000)}/graphql`;
const body = JSON.stringify({
  query: OURS.search,
  variables: {
    q,
    regions: SEARCH_FILTER.regions,
    areas: SEARCH_FILTER.areas,
    facetValues,
  },
});
const headers = { 'content-type': 'application/json' };
/** utime + stime of the process, in milliseconds (100 ticks a second). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

await fetch(url, { method: 'POST', headers, body });
const before = cpuMs();
const result = await autocannon({
  url,
  method: 'POST',
  headers,
  body,
  connections: 8,
  ...{ amount },
});
const perRequest = ((cpuMs() - before) * 1000) / amount;
console.log(
  `"${q}": ${perRequest.toFixed(0)} µs of API CPU per request; ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ${result.non2xx} non-2xx`,
);
