import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { startServer, type RunningServer } from '../../server.js';
import { fileDatabaseUrl } from '../../testing/per-file-database.js';
import { graphql, silentLogger, startTestServer } from '../../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the production process', () => {
  it('answers liveness and readiness', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    // With the process's memory: what the load suite reads to tell a leak from lazy collection.
    expect(await health.json()).toMatchObject({
      status: 'ok',
      memory: { rssMb: expect.any(Number), fullCollections: expect.any(Number) },
    });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });
  });

  it('answers GraphQL over GET for queries', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ competitions { slug } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { competitions: [{ slug: 'asia-and-the-pacific-2018' }] },
    });
  });

  it('answers malformed and oversized requests with clean errors and keeps serving', async () => {
    const malformed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const body = await malformed.text();
    expect(body).not.toMatch(/at .*\.js|node_modules/);
    const huge = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ competitions { slug } }`,
        padding: 'x'.repeat(5 * 1024 * 1024),
      }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const unknownField = await graphql(
      server,
      `
        {
          nope
        }
      `,
    );
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(
      (
        await graphql(
          server,
          `
            {
              competitions {
                slug
              }
            }
          `,
        )
      ).data,
    ).toBeDefined();
  });

  it('answers unknown API paths with 404', async () => {
    const res = await fetch(`${server.url}/documents/nothing-here`);
    expect(res.status).toBe(404);
  });
});

describe('the request log', () => {
  it('writes one short line per request with its id, and never a header or a cookie', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const logged = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: await fileDatabaseUrl(),
      }),
      logger,
    );
    try {
      const res = await fetch(`${logged.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: 'gpa_session=secret-session-token',
          'x-request-id': 'trace-me-1',
          // From a proxy on loopback (trusted by default): the log names the client behind it.
          'x-forwarded-for': '203.0.113.7',
        },
        body: JSON.stringify({ query: '{ competitions { slug } }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('trace-me-1');
      await res.text();
    } finally {
      await logged.close();
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
    const completed = entries.find(
      (e) => e.msg === 'request completed' && e.req?.id === 'trace-me-1',
    );
    expect(completed).toMatchObject({
      req: { method: 'POST', url: '/graphql', remoteAddress: '203.0.113.7' },
      res: { statusCode: 200 },
    });
    expect(completed!.responseTime).toEqual(expect.any(Number));
    expect(entries.some((e) => e.msg === 'graphql operation' && e.reqId === 'trace-me-1')).toBe(
      true,
    );
    expect(lines.join('\n')).not.toContain('secret-session-token');
    expect(completed!.req.headers).toBeUndefined();
    expect(completed!.res.headers).toBeUndefined();
  });
});

describe('the embedded database', () => {
  it('keeps its data across restarts on the same DATA_DIR and duplicates nothing', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gpa-data-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    });
    const count = async (s: RunningServer) =>
      (
        await graphql(
          s,
          `
            {
              practices {
                totalCount
              }
              countries {
                code
              }
            }
          `,
        )
      ).data as {
        practices: { totalCount: number };
        countries: unknown[];
      };
    try {
      const first = await startServer(config, silentLogger);
      expect(first.database.kind).toBe('embedded');
      const before = await count(first);
      await first.close();
      const second = await startServer(config, silentLogger);
      const after = await count(second);
      const [{ n }] = await second.database.dataSource.query(
        `SELECT count(*)::int AS n FROM practice`,
      );
      await second.close();
      expect(before.practices.totalCount).toBe(76);
      expect(after).toEqual(before);
      expect(n).toBe(76);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
