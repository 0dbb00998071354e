import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
let secretariat: Client;
let jury: Client;
let competition: { id: string; version: number; status?: string; publishedAt?: string | null };
let localId: string;
const practice: Record<string, string> = {};

const SET_STATUS = `mutation($id: ID!, $s: CompetitionStatus!, $v: Int!) {
  setCompetitionStatus(id: $id, status: $s, expectedVersion: $v) { id status version publishedAt } }`;
const PREVIEW = `query($id: ID!) { competitionPreview(id: $id) }`;

const db = () => server.database.dataSource;
const publicDataVersion = async () =>
  Number((await db().query(`SELECT version FROM public_data_version`))[0].version);
const publicView = async () =>
  (
    await new Client(server).query(
      `{ competitionBySlug(slug: "africa-2033") { title introduction stats { entries awards } }
         practice(slug: "lunar-pensions") { outcome juryComment } }`,
    )
  ).data;

async function move(status: string) {
  const res = await secretariat.query(SET_STATUS, {
    id: competition.id,
    s: status,
    v: competition.version,
  });
  if (!res.errors) competition = res.data.setCompetitionStatus;
  return res;
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  secretariat = new Client(server);
  await secretariat.signIn((await createUser(server, ['SECRETARIAT'])).email);
  jury = new Client(server);
  await jury.signIn((await createUser(server, ['JURY'])).email);
  const areas = (await secretariat.query(`{ priorityAreas { id } }`)).data.priorityAreas;
  const res = await secretariat.query(
    `mutation($input: CompetitionInput!) { createCompetition(input: $input) { id version } }`,
    {
      input: {
        region: 'AFRICA',
        year: 2033,
        trienniumStartYear: 2032,
        priorityAreaIds: [areas[0].id],
        introduction: 'Before the correction.',
      },
    },
  );
  competition = res.data.createCompetition;
  localId = Buffer.from(competition.id, 'base64url').toString().split(':')[1]!;
  const [institution] = await db().query(
    `SELECT id FROM institution WHERE slug = 'national-pension-service'`,
  );
  const rows = await db().query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, status, version)
     VALUES ('lunar-pensions', $1, $2, 'Lunar pensions', 'Pensions on the moon.', 'SUBMITTED', 1),
            ('solar-benefits', $1, $2, 'Solar benefits', 'Benefits in the sun.', 'SUBMITTED', 1),
            ('half-written', $1, $2, 'Half written', 'Not finished.', 'DRAFT', 1)
     RETURNING id, slug`,
    [localId, institution.id],
  );
  for (const r of rows) practice[r.slug] = r.id;
});

afterAll(async () => {
  await server?.close();
});

describe('the lifecycle of a competition', () => {
  it('is moved by the secretariat only', async () => {
    const res = await jury.query(SET_STATUS, {
      id: competition.id,
      s: 'OPEN',
      v: competition.version,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await new Client(server).query(SET_STATUS, {
      id: competition.id,
      s: 'OPEN',
      v: 1,
    });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens for entries only with a submission deadline', async () => {
    const res = await move('OPEN');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(res.errors?.[0]?.message).toMatch(/Set the submission deadline first/);
    await db().query(`UPDATE competition SET submission_deadline = '2033-02-01' WHERE id = $1`, [
      localId,
    ]);
    expect((await move('OPEN')).errors).toBeUndefined();
    expect(competition.status).toBe('OPEN');
  });

  it('goes to judging only when no entry is left as a draft', async () => {
    const res = await move('JUDGING');
    expect(res.errors?.[0]?.message).toMatch(/1 entry is still a draft/);
    await db().query(`UPDATE practice SET status = 'WITHDRAWN' WHERE id = $1`, [
      practice['half-written'],
    ]);
    expect((await move('JUDGING')).errors).toBeUndefined();
  });

  it('is decided only when every entry that was not withdrawn has a decision', async () => {
    await db().query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Out of this world.', 1)`,
      [practice['lunar-pensions']],
    );
    const res = await move('DECIDED');
    expect(res.errors?.[0]?.message).toMatch(/1 entry has no decision/);
    await db().query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Bright.', 1)`,
      [practice['solar-benefits']],
    );
    expect((await move('DECIDED')).errors).toBeUndefined();
  });

  it('is published only with exactly one Award', async () => {
    const res = await move('PUBLISHED');
    expect(res.errors?.[0]?.message).toMatch(/exactly one Award; it has 2/);
    expect(await publicView()).toEqual({ competitionBySlug: null, practice: null });
    await db().query(
      `UPDATE decision SET outcome = 'ATTESTATION', jury_text = NULL WHERE practice_id = $1`,
      [practice['solar-benefits']],
    );
  });

  it('previews the public page for the secretariat, without publishing anything', async () => {
    const before = await publicDataVersion();
    const res = await secretariat.query(PREVIEW, { id: competition.id });
    expect(res.errors).toBeUndefined();
    const page = res.data.competitionPreview;
    expect(page).toMatchObject({
      title: 'Africa 2033',
      stats: { entries: 2, awards: 1, attestations: 1 },
      resultsSentence: expect.stringContaining('There were 2 entries'),
    });
    expect(
      page.entries.nodes.map((n: { title: string; outcome: string }) => [n.title, n.outcome]),
    ).toEqual([
      ['Lunar pensions', 'AWARD'],
      ['Solar benefits', 'ATTESTATION'],
    ]);
    expect(await publicView()).toEqual({ competitionBySlug: null, practice: null });
    expect(await publicDataVersion()).toBe(before);
    const [row] = await db().query(`SELECT status, published_at FROM competition WHERE id = $1`, [
      localId,
    ]);
    expect(row).toEqual({ status: 'DECIDED', published_at: null });

    const juror = await jury.query(PREVIEW, { id: competition.id });
    expect(juror.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await new Client(server).query(PREVIEW, { id: competition.id });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('publishes at once: public, audited, and the public cache moves on', async () => {
    const before = await publicDataVersion();
    expect((await move('PUBLISHED')).errors).toBeUndefined();
    expect(competition.publishedAt).toBeTruthy();
    expect(await publicDataVersion()).toBeGreaterThan(before);
    expect(await publicView()).toEqual({
      competitionBySlug: {
        title: 'Africa 2033',
        introduction: 'Before the correction.',
        stats: { entries: 2, awards: 1 },
      },
      practice: { outcome: 'AWARD', juryComment: 'Out of this world.' },
    });
    const [audit] = await db().query(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [localId],
    );
    expect(audit).toMatchObject({
      action: 'competition.publish',
      before: { status: 'DECIDED' },
      after: { status: 'PUBLISHED' },
    });
  });

  it('takes corrections after publication, audited and public at once', async () => {
    const current = (
      await secretariat.query(
        `query($id: ID!) { managedCompetition(id: $id) { version trienniumStartYear priorityAreas { id } } }`,
        { id: competition.id },
      )
    ).data.managedCompetition;
    const res = await secretariat.query(
      `mutation($id: ID!, $input: CompetitionInput!, $v: Int!) { updateCompetition(id: $id, input: $input, expectedVersion: $v) { version } }`,
      {
        id: competition.id,
        v: current.version,
        input: {
          region: 'AFRICA',
          year: 2033,
          trienniumStartYear: current.trienniumStartYear,
          priorityAreaIds: current.priorityAreas.map((a: { id: string }) => a.id),
          submissionDeadline: '2033-02-01',
          introduction: 'After the correction.',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    competition.version = res.data.updateCompetition.version;
    expect((await publicView()).competitionBySlug.introduction).toBe('After the correction.');
    const [audit] = await db().query(
      `SELECT action, before->>'introduction' AS before, after->>'introduction' AS after
         FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [localId],
    );
    expect(audit).toEqual({
      action: 'competition.correct',
      before: 'Before the correction.',
      after: 'After the correction.',
    });
  });

  it('can withdraw a publication made by mistake, audited', async () => {
    expect((await move('DECIDED')).errors).toBeUndefined();
    expect(await publicView()).toEqual({ competitionBySlug: null, practice: null });
    const [audit] = await db().query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [localId],
    );
    expect(audit.action).toBe('competition.unpublish');
  });
});
