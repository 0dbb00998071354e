import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
let secretariat: Client;
let competitionId: string;
let undecidedId: string;

const SET_STATUS = `mutation($id: ID!, $s: CompetitionStatus!, $v: Int!) {
  setCompetitionStatus(id: $id, status: $s, expectedVersion: $v) { status version publishedAt } }`;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  const ds = server.database.dataSource;
  const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
  const [institution] = await ds.query(
    `SELECT id FROM institution WHERE slug = 'national-pension-service'`,
  );
  const [competition] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ('americas-2032', 'AMERICAS', 2032, 'The Americas 2032', $1, 'DECIDED', 1) RETURNING id`,
    [triennium.id],
  );
  competitionId = competition.id;
  const practices = await ds.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
     VALUES ('quantum-pensions', $1, $2, 'Quantum pensions', 'Entangled contributions.', 1),
            ('undecided-practice', $1, $2, 'Undecided practice', 'Still pending.', 1)
     RETURNING id, slug`,
    [competition.id, institution.id],
  );
  const decided = practices.find((p: { slug: string }) => p.slug === 'quantum-pensions');
  undecidedId = practices.find((p: { slug: string }) => p.slug === 'undecided-practice').id;
  await ds.query(
    `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Superb.', 1)`,
    [decided.id],
  );
  const user = await createUser(server, ['SECRETARIAT']);
  secretariat = new Client(server);
  await secretariat.signIn(user.email);
});

afterAll(async () => {
  const ds = server.database.dataSource;
  await ds.query(`DELETE FROM practice WHERE competition_id = $1`, [competitionId]);
  await ds.query(`DELETE FROM competition WHERE id = $1`, [competitionId]);
  await server?.close();
});

const publicView = async () =>
  (
    await new Client(server).query(
      `{ competition(region: AMERICAS, year: 2032) { title stats { entries awards } }
         practice(slug: "quantum-pensions") { outcome juryComment } search: practices(query: "entangled") { totalCount } }`,
    )
  ).data;

describe('publication', () => {
  it('refuses to publish while an entry has no decision, and says why', async () => {
    const res = await secretariat.query(SET_STATUS, {
      id: toGlobalId('Competition', competitionId),
      s: 'PUBLISHED',
      v: 1,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/1 entry has no decision/);
    expect(await publicView()).toEqual({
      competition: null,
      practice: null,
      search: { totalCount: 0 },
    });
  });

  it('refuses a stale version with the current state', async () => {
    const res = await secretariat.query(SET_STATUS, {
      id: toGlobalId('Competition', competitionId),
      s: 'JUDGING',
      v: 7,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((res.errors?.[0]?.extensions as any).current).toMatchObject({
      status: 'DECIDED',
      version: 1,
    });
  });

  it('refuses a jump in the lifecycle', async () => {
    const res = await secretariat.query(SET_STATUS, {
      id: toGlobalId('Competition', competitionId),
      s: 'OPEN',
      v: 1,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('publishes everything at once, audited', async () => {
    await server.database.dataSource.query(
      `INSERT INTO decision (practice_id, outcome, version) VALUES ($1, 'ATTESTATION', 1)`,
      [undecidedId],
    );
    const res = await secretariat.query(SET_STATUS, {
      id: toGlobalId('Competition', competitionId),
      s: 'PUBLISHED',
      v: 1,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.setCompetitionStatus).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(res.data.setCompetitionStatus.publishedAt).toBeTruthy();
    expect(await publicView()).toEqual({
      competition: { title: 'The Americas 2032', stats: { entries: 2, awards: 1 } },
      practice: { outcome: 'AWARD', juryComment: 'Superb.' },
      search: { totalCount: 1 },
    });
    const [audit] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [competitionId],
    );
    expect(audit).toMatchObject({
      action: 'competition.publish',
      before: { status: 'DECIDED' },
      after: { status: 'PUBLISHED' },
    });
  });
});
