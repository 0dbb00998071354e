import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { graphql, startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', PUBLIC_CACHE_ENTRIES: '0' });
});
afterAll(async () => {
  await server?.close();
});

const CASES: [string | null, Record<string, unknown> | null][] = [
  [null, null],
  ['pension', null],
  ['mobile or pension', { regions: ['ASIA_PACIFIC'] }],
  [null, { countryCodes: ['IR', 'kr'] }],
  [null, { priorityAreaSlugs: ['service-quality', 'information-and-communication-technology'] }],
  ['service', { priorityAreaSlugs: ['service-quality'], outcomes: ['AWARD', 'ATTESTATION'] }],
  [null, { years: [2018, 2017], institutionSlugs: ['iranian-social-security-organization'] }],
  [null, { countryCodes: ['XX'] }],
  ['telepathy', null],
];

describe('totalCount read off the facets', () => {
  it('equals the count of the list when the facets are asked for too', async () => {
    for (const [q, filter] of CASES) {
      const alone = await graphql(
        server,
        `
          query ($q: String, $f: PracticeFilter) {
            practices(query: $q, filter: $f) {
              totalCount
            }
          }
        `,
        { q, f: filter },
      );
      const withFacets = await graphql(
        server,
        `
          query ($q: String, $f: PracticeFilter) {
            practices(query: $q, filter: $f) {
              ...Counts
            }
          }
          fragment Counts on PracticeConnection {
            totalCount
            facets {
              regions {
                value
                count
              }
            }
          }
        `,
        { q, f: filter },
      );
      expect(alone.errors).toBeUndefined();
      expect(withFacets.errors).toBeUndefined();
      expect([q, filter, withFacets.data!.practices.totalCount]).toEqual([
        q,
        filter,
        alone.data!.practices.totalCount,
      ]);
    }
  });

  it('costs one statement less with the facets', async () => {
    const statements: string[] = [];
    const stop = server.database.sqlLog.observe((sql) => statements.push(sql));
    await graphql(
      server,
      `
        {
          practices(query: "pension", first: 5) {
            totalCount
            facets {
              years {
                value
              }
            }
            nodes {
              slug
            }
          }
        }
      `,
    );
    stop();
    expect(statements.filter((s) => /count\(\*\)::int AS n FROM practice_search/.test(s))).toEqual(
      [],
    );
  });
});
