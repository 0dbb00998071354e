import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
});

afterAll(async () => {
  await server?.close();
});

describe('/console-api', () => {
  it('answers an unknown address with a 404 in JSON, never with the explorer page', async () => {
    for (const path of ['/console-api/nothing-here', '/console-api/competitions/x/nope']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'Not found.' },
      });
    }
  });
});
