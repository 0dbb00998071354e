import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PublicReadRepository } from '../../modules/catalog/public-read.repository.js';
import { type RunningServer } from '../../server.js';
import { startTestServer } from '../../testing/test-server.js';
import { type AppDataSource, createDataSource } from '../data-source.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A practice's page read twice on a one-connection pool; what that session has prepared. */
async function readTwice(preparedStatements: boolean) {
  const dataSource: AppDataSource = createDataSource({
    url: server.database.url,
    poolSize: 1,
    preparedStatements,
  });
  await dataSource.initialize();
  try {
    const read = new PublicReadRepository(dataSource);
    const [{ slug }] = await dataSource.query(`SELECT slug FROM published_practice LIMIT 1`);
    const first = await read.practicesBySlugs([slug]);
    const second = await read.practicesBySlugs([slug]);
    const statements: { statement: string; runs: number }[] = await dataSource.query(
      `SELECT statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements`,
    );
    return { first, second, statements };
  } finally {
    await dataSource.destroy();
  }
}

// PGlite serves every connection from one session, where prepared statements would collide.
describe.skipIf(inject('databaseKind') === 'pglite')('prepared statements', () => {
  it('plan the public reads once per connection, with the same answers as plain statements', async () => {
    const prepared = await readTwice(true);
    expect(prepared.statements).toEqual([
      { statement: expect.stringContaining('detailSections'), runs: 2 },
    ]);
    expect(prepared.second).toEqual(prepared.first);
    expect(prepared.first).toHaveLength(1);

    const plain = await readTwice(false);
    expect(plain.statements).toEqual([]);
    expect(plain.first).toEqual(prepared.first);
  });
});
