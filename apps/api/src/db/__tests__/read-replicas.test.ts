import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer } from '../../server.js';
import { Client, createUser } from '../../testing/staff.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { graphql, startTestServer } from '../../testing/test-server.js';

/**
 * DATABASE_REPLICA_URLS: anonymous reads go to a replica, a signed-in caller and every write to
 * the primary. The "replica" here is a copy of the primary taken at one moment and never
 * updated — a replica lagging forever — so where each read went shows in its answer.
 */
const onServer = inject('databaseKind') === 'postgres';

describe.skipIf(!onServer)('read replicas', () => {
  let primary: TestDatabase;
  let replicaUrl: string;
  let replicaName: string;
  let server: RunningServer;
  const admin = new pg.Client({
    connectionString:
      process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  let slug: string;
  let title: string;
  const PRACTICE = `query($s: String!) { practice(slug: $s) { title } }`;
  const env = { RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' };

  beforeAll(async () => {
    await admin.connect();
    primary = await createTestDatabase();
    const primaryName = new URL(primary.url).pathname.slice(1);
    // Migrate and seed the primary, then copy it.
    const first = await startTestServer({ ...env, DATABASE_URL: primary.url });
    [{ slug, title }] = await first.database.dataSource.query(
      `SELECT slug, title FROM published_practice ORDER BY slug LIMIT 1`,
    );
    await first.close();
    replicaName = `${primaryName}_replica`;
    await admin.query(`CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
    const url = new URL(primary.url);
    url.pathname = `/${replicaName}`;
    replicaUrl = url.toString();
    server = await startTestServer({
      ...env,
      DATABASE_URL: primary.url,
      DATABASE_REPLICA_URLS: replicaUrl,
    });
    // A change on the primary that the frozen replica never sees.
    await server.database.dataSource.query(
      `UPDATE practice SET title = title || ' (revised)' WHERE slug = $1`,
      [slug],
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await admin.end();
    await primary?.drop();
  });

  it('answers anonymous reads from the replica and staff reads from the primary', async () => {
    const anonymous = await graphql(server, PRACTICE, { s: slug });
    expect(anonymous.errors).toBeUndefined();
    expect((anonymous.data as any).practice.title).toBe(title);

    const user = await createUser(server, ['SECRETARIAT']);
    const staff = new Client(server);
    const signedIn = await staff.signIn(user.email);
    expect(signedIn.errors).toBeUndefined(); // sign-in writes: on the primary
    const own = await staff.query(PRACTICE, { s: slug });
    expect(own.data.practice.title).toBe(`${title} (revised)`);

    const ready = await (await fetch(`${server.url}/readyz`)).json();
    expect(ready).toMatchObject({ status: 'ok', replicas: ['ok'] });
  });

  it('reads from the primary while the replica is unreachable', async () => {
    await admin.query(`ALTER DATABASE ${replicaName} WITH ALLOW_CONNECTIONS false`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
      replicaName,
    ]);
    try {
      const res = await graphql(server, PRACTICE, { s: slug });
      expect(res.errors).toBeUndefined();
      expect((res.data as any).practice.title).toBe(`${title} (revised)`);
      const readyRes = await fetch(`${server.url}/readyz`);
      expect(readyRes.status).toBe(200);
      expect(await readyRes.json()).toMatchObject({ replicas: ['unreachable'] });
    } finally {
      await admin.query(`ALTER DATABASE ${replicaName} WITH ALLOW_CONNECTIONS true`);
    }
  });
});
