import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { type RunningServer } from '../../server.js';
import { graphql, startTestServer } from '../../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: '1' });
});
afterAll(async () => {
  await server?.close();
});

describe('draining before a shutdown', () => {
  it('turns /readyz to 503 while still answering requests', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    server.drain();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const res = await graphql(
      server,
      `
        {
          competitions {
            slug
          }
        }
      `,
    );
    expect(res.data?.competitions).toEqual([{ slug: 'asia-and-the-pacific-2018' }]);
  });
});

describe('the proxy and drain settings', () => {
  const base = { NODE_ENV: 'test' };
  it('reads TRUST_PROXY as Express does and refuses nonsense', () => {
    expect(loadConfig({ ...base }).trustProxy).toBe('loopback');
    expect(loadConfig({ ...base, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ ...base, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, 172.16.0.0/12' }).trustProxy).toBe(
      '10.0.0.0/8, 172.16.0.0/12',
    );
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'everyone; drop table' })).toThrow(
      /TRUST_PROXY/,
    );
    expect(loadConfig({ ...base, SHUTDOWN_DRAIN_MS: '2000' }).shutdownDrainMs).toBe(2000);
    expect(() => loadConfig({ ...base, SHUTDOWN_DRAIN_MS: '-1' })).toThrow(/SHUTDOWN_DRAIN_MS/);
  });
});
