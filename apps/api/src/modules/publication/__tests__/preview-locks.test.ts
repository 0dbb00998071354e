import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { PublicationService } from '../publication.service.js';

let server: RunningServer;
let secretariat: Client;
let competitionId: string;

const PREVIEW = `query($id: ID!) { competitionPreview(id: $id) }`;
const db = () => server.database.dataSource;
const publicDataVersion = async () =>
  Number((await db().query(`SELECT version FROM public_data_version`))[0].version);

/** The preview's page runner, to act while its transaction is open. */
const runner = PublicationService.prototype as unknown as {
  run: (...args: unknown[]) => Promise<unknown>;
};

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  const [triennium] = await db().query(`SELECT id FROM triennium LIMIT 1`);
  const [institution] = await db().query(`SELECT id FROM institution LIMIT 1`);
  const [competition] = await db().query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ('europe-2041', 'EUROPE', 2041, 'Europe 2041', $1, 'DECIDED', 1) RETURNING id`,
    [triennium.id],
  );
  competitionId = competition.id;
  const [practice] = await db().query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
     VALUES ('preview-lock-practice', $1, $2, 'Preview lock practice', 'Locks.', 1) RETURNING id`,
    [competitionId, institution.id],
  );
  await db().query(
    `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Fine.', 1)`,
    [practice.id],
  );
  secretariat = new Client(server);
  await secretariat.signIn((await createUser(server, ['SECRETARIAT'])).email);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db().query(`DELETE FROM practice WHERE competition_id = $1`, [competitionId]);
  await db().query(`DELETE FROM competition WHERE id = $1`, [competitionId]);
  await server?.close();
});

// Locks between sessions exist only on a server: the embedded PGlite is one session, reached
// through a pool of one connection, so a second write simply waits its turn.
describe.skipIf(inject('databaseKind') === 'pglite')('the publication preview', () => {
  it('holds no lock on public_data_version, so other staff writes to public tables go on meanwhile', async () => {
    const original = runner.run;
    let during: { locks: number; writeMs: number; writeError: string | null } | null = null;
    vi.spyOn(runner, 'run').mockImplementation(async function (this: unknown, ...args) {
      // The preview's transaction has published the competition and is still open. Only this
      // database's locks count: other test files' databases are clones with the same oids.
      const [{ locks }] = await db().query(
        `SELECT count(*)::int AS locks FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname = 'public_data_version' AND l.pid <> pg_backend_pid()
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      const started = performance.now();
      let writeError: string | null = null;
      try {
        await db().transaction(async (em) => {
          await em.query(`SET LOCAL lock_timeout = '3s'`);
          await em.query(`UPDATE priority_area SET name = name WHERE false`);
        });
      } catch (error) {
        writeError = (error as Error).message;
      }
      during = { locks, writeMs: performance.now() - started, writeError };
      return original.apply(this, args);
    });

    const before = await publicDataVersion();
    const res = await secretariat.query(PREVIEW, { id: toGlobalId('Competition', competitionId) });
    expect(res.errors).toBeUndefined();
    expect(res.data.competitionPreview).toMatchObject({ title: 'Europe 2041' });
    expect(during).not.toBeNull();
    expect(during!.writeError).toBeNull();
    expect(during!.writeMs).toBeLessThan(1000);
    expect(during!.locks).toBe(0);
    // The concurrent write committed and moved the public cache on; the preview did not.
    expect(await publicDataVersion()).toBe(before + 1);
    const [row] = await db().query(`SELECT status, published_at FROM competition WHERE id = $1`, [
      competitionId,
    ]);
    expect(row).toEqual({ status: 'DECIDED', published_at: null });
  });

  it('leaves the public-change trigger working for every other transaction', async () => {
    const before = await publicDataVersion();
    await db().query(`UPDATE competition SET title = title WHERE id = $1`, [competitionId]);
    expect(await publicDataVersion()).toBe(before + 1);
    const [{ setting }] = await db().query(
      `SELECT coalesce(current_setting('gpa.preview', true), '') AS setting`,
    );
    expect(setting).not.toBe('on');
  });
});
