/**
 * pnpm --filter @gpa/bench exec tsx --tsconfig ../apps/api/tsconfig.json src/profile-load.ts
 *   <w3 | typename | query text> [seconds=10] [port=4100] [--once]
 *
 * Drives one workload at an API process you started yourself (for instance under
 * `node --cpu-prof`), 8 connections: `w3` cycles through 200 published practices' pages,
 * `typename` sends `{ __typename }` (the HTTP and GraphQL floor), anything else is W1's search
 * for that text. `--once` prints one answer instead. DATABASE_URL names the database the API
 * serves (the bench's 100k one by default), to pick W3's practices.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { OURS } from './bench/graphql.js';
import { FACET_VALUES, SEARCH_FILTER } from './bench/workloads.js';
import { benchDatabaseUrl } from './lib/databases.js';

const once = process.argv.includes('--once');
const [which = 'w3', seconds = '10', port = '4100'] = process.argv
  .slice(2)
  .filter((a) => a !== '--once');
const url = `http://127.0.0.1:${port}/graphql`;

async function detailBodies(): Promise<string[]> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL ?? benchDatabaseUrl(100_000),
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT p.slug FROM practice_search s JOIN practice p ON p.id = s.practice_id
        ORDER BY s.practice_id LIMIT 200`,
    );
    return rows.map(({ slug }) => JSON.stringify({ query: OURS.detail, variables: { slug } }));
  } finally {
    await client.end();
  }
}

const bodies =
  which === 'w3'
    ? await detailBodies()
    : which === 'typename'
      ? [JSON.stringify({ query: '{ __typename }' })]
      : [
          JSON.stringify({
            query: OURS.search,
            variables: {
              q: which,
              regions: SEARCH_FILTER.regions,
              areas: SEARCH_FILTER.areas,
              facetValues: FACET_VALUES,
            },
          }),
        ];
const headers = { 'content-type': 'application/json' };

if (once) {
  const response = await fetch(url, { method: 'POST', headers, body: bodies[0] });
  console.log(await response.text());
} else {
  let i = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers,
    connections: 8,
    duration: Number(seconds),
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  const { average } = result.requests;
  const { p50, p99 } = result.latency;
  console.log(
    `${which}: ${average} req/s, p50 ${p50} ms, p99 ${p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
}
