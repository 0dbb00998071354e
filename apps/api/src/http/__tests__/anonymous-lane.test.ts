import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../server.js';
import { startTestServer } from '../../testing/test-server.js';

let server: RunningServer;
const lines: string[] = [];
/** Requests whose body the anonymous lane read (Express's path never asks the cache this). */
let laneReads = 0;

beforeAll(async () => {
  server = await startTestServer(
    { RATE_LIMIT_PER_MINUTE: '4' },
    pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
  );
  const keyOfHeld = server.cache.keyOfHeld.bind(server.cache);
  server.cache.keyOfHeld = (body: unknown) => {
    laneReads += 1;
    return keyOfHeld(body);
  };
});
afterAll(async () => {
  await server?.close();
});

const QUERY = `query ($slug: String!) { competitionBySlug(slug: $slug) { title year } }`;

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

/** The headers that must be the same whichever path answered. */
function constantHeaders(res: Response) {
  const kept = [
    'content-type',
    'content-security-policy',
    'x-content-type-options',
    'x-frame-options',
  ];
  return Object.fromEntries(kept.map((name) => [name, res.headers.get(name)]));
}

describe('the anonymous lane', () => {
  it('answers as Express does: same status, bytes and headers, new or repeated, right or wrong', async () => {
    const cases = [
      { query: QUERY, variables: { slug: 'asia-and-the-pacific-2018' } },
      { query: QUERY, variables: { slug: 'no-such-competition' } },
      { query: '{ practices(first: 2, query: "mobile") { totalCount nodes { slug } } }' },
      { query: '{ nope }' },
      { query: QUERY, variables: { slug: 42 } },
      { query: 'mutation { signOut }' },
    ];
    let n = 0;
    for (const body of cases) {
      for (const round of [1, 2]) {
        const text = JSON.stringify(body);
        const label = `${text} (${round})`;
        n += 1;
        const address = { 'x-forwarded-for': `192.0.2.${n}` };
        const reads = laneReads;
        const lane = await post(text, address);
        expect(laneReads, label).toBe(reads + 1);
        // Any cookie sends a request through Express (here: no session, so the same caller).
        const express = await post(text, { ...address, cookie: 'unrelated=1' });
        expect(laneReads, label).toBe(reads + 1);
        expect(lane.status, label).toBe(express.status);
        // (Outside production, errors carry a stack trace, which names the caller's file.)
        const same = (text: string) =>
          text.replace(/,"stacktrace":\[(?:"(?:[^"\\]|\\.)*",?)*\]/g, '');
        expect(same(await lane.text()), label).toBe(same(await express.text()));
        expect(constantHeaders(lane), label).toEqual(constantHeaders(express));
        expect(lane.headers.get('ratelimit'), label).toMatch(/^limit=4, remaining=3, reset=\d+$/);
        expect(express.headers.get('ratelimit'), label).toMatch(
          /^limit=4, remaining=2, reset=\d+$/,
        );
      }
    }
  });

  it('gives each answer its request id and security headers, and logs it as Express would', async () => {
    // A query of its own: the first answer is Apollo's, the second the cache's.
    const body = JSON.stringify({ query: `{ competitions { slug year } }` });
    for (const id of ['lane-1', 'lane-2']) {
      const res = await post(body, { 'x-forwarded-for': '198.51.100.99', 'x-request-id': id });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(id);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('etag')).toBeNull();
      await res.text();
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
    for (const id of ['lane-1', 'lane-2']) {
      expect(entries.find((e) => e.msg === 'request completed' && e.req?.id === id)).toMatchObject({
        req: { method: 'POST', url: '/graphql', remoteAddress: '198.51.100.99' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      });
    }
    // The first was answered by Apollo, with its operation line; the second from the cache.
    expect(
      entries.filter((e) => e.msg === 'graphql operation' && e.reqId === 'lane-1'),
    ).toHaveLength(1);
    expect(
      entries.filter((e) => e.msg === 'graphql operation' && e.reqId === 'lane-2'),
    ).toHaveLength(0);
  });

  it('counts its answers against the address, and lets Express refuse the one over the limit', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { slug: 'asia-and-the-pacific-2018' } });
    const address = { 'x-forwarded-for': '198.51.100.2' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(body, address)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await post(body, address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another address is still answered, from the lane.
    const reads = laneReads;
    expect((await post(body, { 'x-forwarded-for': '198.51.100.3' })).status).toBe(200);
    expect(laneReads).toBe(reads + 1);
  });

  it('hands a body that is not a JSON object to Express, which refuses it as before', async () => {
    for (const body of ['"just a string"', '{"query": ', '12']) {
      const res = await post(body, { 'x-forwarded-for': '198.51.100.4' });
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({
        errors: [
          {
            message: 'The request body is not valid JSON.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
  });

  it('leaves a caller with a cookie, and any other kind of request, to Express', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { slug: 'asia-and-the-pacific-2018' } });
    const address = { 'x-forwarded-for': '198.51.100.200' };
    const reads = laneReads;
    expect((await post(body, { ...address, cookie: 'gpa_session=nobody' })).status).toBe(200);
    const latin1 = await post(body, {
      ...address,
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.status).toBe(415);
    const get = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ competitions { slug } }')}`,
      { headers: { 'apollo-require-preflight': 'true', ...address } },
    );
    expect(get.status).toBe(200);
    expect(laneReads).toBe(reads);
  });
});
