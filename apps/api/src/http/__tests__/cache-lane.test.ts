import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../server.js';
import { startTestServer } from '../../testing/test-server.js';

let server: RunningServer;
const lines: string[] = [];
/** Answers sent by the cache lane (before Express), as opposed to Apollo's cache plugin. */
let laneReads = 0;

beforeAll(async () => {
  server = await startTestServer(
    { RATE_LIMIT_PER_MINUTE: '4' },
    pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
  );
  const bytesOf = server.cache.bytesOf.bind(server.cache);
  server.cache.bytesOf = (key: string) => {
    laneReads += 1;
    return bytesOf(key);
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

describe('the cache lane', () => {
  it('answers a repeated anonymous query as Express does: same bytes, headers, count and log line', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { slug: 'asia-and-the-pacific-2018' } });
    const address = { 'x-forwarded-for': '198.51.100.1' };
    const first = await post(body, address);
    const reads = laneReads;
    const second = await post(body, { ...address, 'x-request-id': 'lane-1' });
    expect(laneReads).toBe(reads + 1);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(constantHeaders(second)).toEqual(constantHeaders(first));
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(second.headers.get('x-request-id')).toBe('lane-1');
    // The address's second request of the minute, whichever path answered.
    expect(first.headers.get('ratelimit')).toMatch(/^limit=4, remaining=3, reset=\d+$/);
    expect(second.headers.get('ratelimit')).toMatch(/^limit=4, remaining=2, reset=\d+$/);
    expect(second.headers.get('ratelimit-policy')).toBe(first.headers.get('ratelimit-policy'));
    const logged = lines
      .map((line) => JSON.parse(line) as Record<string, any>)
      .find((e) => e.msg === 'request completed' && e.req?.id === 'lane-1');
    expect(logged).toMatchObject({
      req: { method: 'POST', url: '/graphql', remoteAddress: '198.51.100.1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
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
    const address = { 'x-forwarded-for': '198.51.100.5' };
    await post(body, address);
    const reads = laneReads;
    const withCookie = await post(body, { ...address, cookie: 'gpa_session=nobody' });
    expect(withCookie.status).toBe(200);
    const latin1 = await post(body, {
      ...address,
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.status).toBe(415);
    expect(laneReads).toBe(reads);
  });
});
