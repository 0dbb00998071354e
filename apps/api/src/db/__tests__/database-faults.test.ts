import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createUser, Client } from '../../testing/staff.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { graphql, startTestServer } from '../../testing/test-server.js';
import { type RunningServer } from '../../server.js';
import { toGlobalId } from '../../graphql/node-id.js';

/**
 * The database going away under a running process: requests fail at once with
 * SERVICE_UNAVAILABLE (503, no stack), /readyz turns false, and when the database is back the
 * process serves again by itself. A write cut in the middle leaves nothing behind.
 *
 * The fault is made on the server itself: connections to this test's own database are refused
 * (ALLOW_CONNECTIONS false) and the open ones are terminated. PostgreSQL only.
 */
const onServer = inject('databaseKind') === 'postgres';

describe.skipIf(!onServer)('database faults', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let admin: pg.Client;
  let name: string;

  const SEARCH = `{ practices(first: 3) { totalCount nodes { title } } }`;

  async function cut() {
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
  }
  async function restore() {
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
  }
  async function ready() {
    const res = await fetch(`${server.url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    name = new URL(db.url).pathname.slice(1);
    admin = new pg.Client({ connectionString: db.url.replace(`/${name}`, '/postgres') });
    await admin.connect();
    server = await startTestServer({
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '0',
      PUBLIC_CACHE_ENTRIES: '0',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    });
  });

  afterAll(async () => {
    await restore().catch(() => undefined);
    await server?.close();
    await admin?.end();
    await db?.drop();
  });

  it('answers 503 SERVICE_UNAVAILABLE at once while the database is away, then recovers', async () => {
    expect((await graphql(server, SEARCH)).errors).toBeUndefined();
    expect((await ready()).status).toBe(200);

    await cut();
    try {
      const started = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEARCH }),
      });
      const elapsed = performance.now() - started;
      const body = (await res.json()) as any;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).toBe('The database is unavailable. Try again in a moment.');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|ECONN|127\.0\.0\.1|at /);
      expect(elapsed).toBeLessThan(1500);

      const readiness = await ready();
      expect(readiness.status).toBe(503);
      expect(readiness.body).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      // Alive all the same: the balancer must not restart it.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await restore();
    }

    // Back by itself: the first request after the database returns is served.
    const res = await graphql(server, SEARCH);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).practices.totalCount).toBeGreaterThan(0);
    expect((await ready()).status).toBe(200);
  });

  it('leaves nothing half-written when the connection dies inside a write', async () => {
    const secretariat = await createUser(server, ['SECRETARIAT']);
    const client = new Client(server);
    await client.signIn(secretariat.email);
    const ds = server.database.dataSource;
    const [competition] = await ds.query(
      `SELECT id, status, version FROM competition WHERE status = 'PUBLISHED' LIMIT 1`,
    );
    const auditBefore = Number((await ds.query(`SELECT count(*) AS n FROM audit_log`))[0].n);
    const target = toGlobalId('Competition', competition.id);

    // The write updates the competition, then blocks on the audit log, which another
    // transaction holds; its connection is then terminated mid-transaction.
    const locker = new pg.Client({ connectionString: db.url });
    locker.on('error', () => undefined); // dropped with the database if the test fails
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
    const SET = `mutation($id: ID!, $v: Int!) { setCompetitionStatus(id: $id, status: DECIDED, expectedVersion: $v) { status version } }`;
    const pending = client.query(SET, { id: target, v: competition.version });
    let writer: number | undefined;
    let settled = false;
    void pending.then(() => (settled = true));
    for (let i = 0; i < 300 && !writer && !settled; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const rows = await locker.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        [name],
      );
      writer = rows.rows[0]?.pid;
    }
    if (!writer) throw new Error(`the write did not block: ${JSON.stringify(await pending)}`);
    // The update is in, uncommitted, when the connection dies.
    await locker.query('SELECT pg_terminate_backend($1)', [writer]);
    const failed = await pending;
    await locker.query('COMMIT');
    await locker.end();

    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(client.lastResponse?.status).toBe(503);
    const [after] = await ds.query(`SELECT status, version FROM competition WHERE id = $1`, [
      competition.id,
    ]);
    expect(after).toEqual({ status: competition.status, version: competition.version });
    expect(Number((await ds.query(`SELECT count(*) AS n FROM audit_log`))[0].n)).toBe(auditBefore);

    // The same write, asked again, goes through: the pool dropped the dead connection.
    const retried = await client.query(SET, { id: target, v: competition.version });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.setCompetitionStatus).toEqual({
      status: 'DECIDED',
      version: competition.version + 1,
    });
  });
});
