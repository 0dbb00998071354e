import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
let secretariat: Client;
let juror: Client;
let competitionId: string;
let localId: string;
const people: Record<string, { id: string; email: string }> = {};

const MEMBER = `id position description name isChair userId userName entriesTotal assessed version`;
const ADD = `mutation($input: AddJuryMemberInput!) { addJuryMember(input: $input) { ${MEMBER} } }`;
const JURY = `query($id: ID!) { managedCompetition(id: $id) { jury { ${MEMBER} } } }`;
const db = () => server.database.dataSource;

async function add(person: string, description: string) {
  return secretariat.query(ADD, {
    input: { competitionId, userId: people[person]!.id, description },
  });
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  secretariat = new Client(server);
  await secretariat.signIn((await createUser(server, ['SECRETARIAT'])).email);
  for (const name of ['Ada', 'Bo', 'Cy']) people[name] = await createUser(server, ['JURY'], name);
  people.Sec = await createUser(server, ['SECRETARIAT'], 'Sec');
  juror = new Client(server);
  await juror.signIn(people.Ada!.email);
  const areas = (await secretariat.query(`{ priorityAreas { id } }`)).data.priorityAreas;
  const res = await secretariat.query(
    `mutation($input: CompetitionInput!) { createCompetition(input: $input) { id } }`,
    {
      input: {
        region: 'AMERICAS',
        year: 2035,
        trienniumStartYear: 2035,
        priorityAreaIds: [areas[0].id],
      },
    },
  );
  competitionId = res.data.createCompetition.id;
  localId = Buffer.from(competitionId, 'base64url').toString().split(':')[1]!;
  const [institution] = await db().query(`SELECT id FROM institution LIMIT 1`);
  await db().query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, status, version)
     SELECT 'jury-test-' || n, $1, $2, 'Jury test ' || n, 'SUBMITTED', 1 FROM generate_series(1, 4) n`,
    [localId, institution.id],
  );
});

afterAll(async () => {
  await server?.close();
});

const UPDATE = `mutation($id: ID!, $d: String!, $v: Int!) {
  updateJuryMember(id: $id, description: $d, name: null, expectedVersion: $v) { id description version } }`;

describe('managing a jury', () => {
  it('lists the JURY accounts that can be given a seat, to the secretariat only', async () => {
    const res = await secretariat.query(`{ juryCandidates { id displayName } }`);
    const names = res.data.juryCandidates.map((c: { displayName: string }) => c.displayName);
    expect(names).toEqual(expect.arrayContaining(['Ada', 'Bo', 'Cy']));
    expect(names).not.toContain('Sec');
    expect((await juror.query(`{ juryCandidates { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('adds members in order with their public description, refusing non-jury accounts and repeats', async () => {
    expect(
      (await add('Ada', 'Chairperson of the Editorial Board of the ISSR')).errors,
    ).toBeUndefined();
    expect((await add('Bo', 'Social security specialist, ILO')).errors).toBeUndefined();
    const res = await add('Cy', 'Former CEO of an institution of the region');
    expect(
      res.data.addJuryMember.map((m: { userName: string; position: number }) => [
        m.userName,
        m.position,
      ]),
    ).toEqual([
      ['Ada', 1],
      ['Bo', 2],
      ['Cy', 3],
    ]);
    expect((await add('Sec', 'Not a juror')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userId',
    });
    expect((await add('Bo', 'Again')).errors?.[0]?.message).toBe('Bo is already on this jury.');
    expect((await add('Cy', '   ')).errors?.[0]?.extensions).toMatchObject({
      field: 'description',
    });
    const byJuror = await juror.query(ADD, {
      input: { competitionId, userId: people.Bo!.id, description: 'x' },
    });
    expect(byJuror.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('has exactly one chair, chosen by the secretariat', async () => {
    const jury = (await secretariat.query(JURY, { id: competitionId })).data.managedCompetition
      .jury;
    await secretariat.query(`mutation($id: ID!) { setJuryChair(id: $id) { id } }`, {
      id: jury[0].id,
    });
    const res = await secretariat.query(
      `mutation($id: ID!) { setJuryChair(id: $id) { userName isChair } }`,
      {
        id: jury[1].id,
      },
    );
    expect(res.data.setJuryChair.filter((m: { isChair: boolean }) => m.isChair)).toEqual([
      { userName: 'Bo', isChair: true },
    ]);
    const [audit] = await db().query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [jury[1].id],
    );
    expect(audit.action).toBe('jury.chair');
  });

  it('reorders the whole jury, and refuses an order made from a stale list', async () => {
    const jury = (await secretariat.query(JURY, { id: competitionId })).data.managedCompetition
      .jury;
    const reversed = [...jury].reverse().map((m: { id: string }) => m.id);
    const res = await secretariat.query(
      `mutation($c: ID!, $ids: [ID!]!) { reorderJury(competitionId: $c, memberIds: $ids) { userName position } }`,
      { c: competitionId, ids: reversed },
    );
    expect(res.data.reorderJury.map((m: { userName: string }) => m.userName)).toEqual([
      'Cy',
      'Bo',
      'Ada',
    ]);
    const stale = await secretariat.query(
      `mutation($c: ID!, $ids: [ID!]!) { reorderJury(competitionId: $c, memberIds: $ids) { id } }`,
      { c: competitionId, ids: reversed.slice(1) },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("shows each member's progress: assessments submitted out of the entries they assess", async () => {
    const practices = await db().query(
      `SELECT id FROM practice WHERE competition_id = $1 ORDER BY slug`,
      [localId],
    );
    await db().query(
      `INSERT INTO jury_assessment (practice_id, user_id, submitted_at, version)
       VALUES ($1, $3, now(), 1), ($2, $3, now(), 1), ($2, $4, NULL, 1)`,
      [practices[0].id, practices[1].id, people.Ada!.id, people.Bo!.id],
    );
    await db().query(
      `INSERT INTO conflict_of_interest (practice_id, user_id, reason) VALUES ($1, $2, 'Former employer')`,
      [practices[3].id, people.Cy!.id],
    );
    const jury = (await secretariat.query(JURY, { id: competitionId })).data.managedCompetition
      .jury;
    expect(
      jury.map((m: { userName: string; assessed: number; entriesTotal: number }) => [
        m.userName,
        m.assessed,
        m.entriesTotal,
      ]),
    ).toEqual([
      ['Cy', 0, 3],
      ['Bo', 0, 4],
      ['Ada', 2, 4],
    ]);
  });

  it('refuses a description saved from a stale read, with the member as it is now', async () => {
    const jury = (await secretariat.query(JURY, { id: competitionId })).data.managedCompetition
      .jury;
    const bo = jury.find((m: { userName: string }) => m.userName === 'Bo');
    const read = bo.version as number;
    const first = await secretariat.query(UPDATE, {
      id: bo.id,
      d: 'Social security specialist, ILO (retired)',
      v: read,
    });
    expect(first.errors).toBeUndefined();
    const mine = first.data.updateJuryMember.find((m: { id: string }) => m.id === bo.id);
    expect(mine.version).toBe(read + 1);
    // A colleague had the same page open and saves over it.
    const stale = await secretariat.query(UPDATE, {
      id: bo.id,
      d: 'Actuary, ILO',
      v: read,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: {
        id: bo.id,
        description: 'Social security specialist, ILO (retired)',
        version: read + 1,
      },
    });
    const [row] = await db().query(`SELECT description, version FROM jury_member WHERE id = $1`, [
      bo.id,
    ]);
    expect(row).toEqual({
      description: 'Social security specialist, ILO (retired)',
      version: read + 1,
    });
    // Having seen the current text, they save again naming its version.
    const again = await secretariat.query(UPDATE, { id: bo.id, d: 'Actuary, ILO', v: read + 1 });
    expect(again.errors).toBeUndefined();
    const audits = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'jury.update'`,
      [bo.id],
    );
    expect(audits[0].n).toBe(2);
  });

  it('shows a jury member the public descriptions and the chair, not e-mails or progress', async () => {
    const seen = await juror.query(
      `query($id: ID!) { managedCompetition(id: $id) { jury { description name isChair position } } }`,
      { id: competitionId },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.managedCompetition.jury).toHaveLength(3);
    expect(
      seen.data.managedCompetition.jury.filter((m: { isChair: boolean }) => m.isChair),
    ).toHaveLength(1);
    for (const field of [
      'userEmail',
      'entriesTotal',
      'assessed',
      'affiliationInstitutionId',
      'affiliationInstitutionName',
      'affiliationCountryCode',
    ]) {
      const res = await juror.query(
        `query($id: ID!) { managedCompetition(id: $id) { jury { description ${field} } } }`,
        { id: competitionId },
      );
      expect(res.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain('@');
    }
    const secretariatView = await secretariat.query(
      `query($id: ID!) { managedCompetition(id: $id) { jury { userEmail entriesTotal assessed } } }`,
      { id: competitionId },
    );
    expect(secretariatView.errors).toBeUndefined();
    expect(
      secretariatView.data.managedCompetition.jury.map((m: { userEmail: string }) => m.userEmail),
    ).toEqual(expect.arrayContaining([people.Ada!.email, people.Bo!.email]));
  });

  it("shows the secretariat each member's own institution and country, as set", async () => {
    const AFFILIATION = `query($id: ID!) { managedCompetition(id: $id) { jury {
      userId affiliationInstitutionId affiliationInstitutionName affiliationCountryCode } } }`;
    const bo = () =>
      secretariat
        .query(AFFILIATION, { id: competitionId })
        .then((r) =>
          r.data.managedCompetition.jury.find(
            (m: { userId: string }) => m.userId === people.Bo!.id,
          ),
        );
    expect(await bo()).toMatchObject({
      affiliationInstitutionId: null,
      affiliationInstitutionName: null,
      affiliationCountryCode: null,
    });
    const [institution] = await db().query(
      `SELECT i.id, i.name, c.code FROM institution i JOIN country c ON c.id = i.country_id LIMIT 1`,
    );
    const globalId = Buffer.from(`Institution:${institution.id}`).toString('base64url');
    const set = await secretariat.query(
      `mutation($u: ID!, $i: ID, $c: String) {
        setJurorAffiliation(userId: $u, institutionId: $i, countryCode: $c) { institutionId } }`,
      { u: people.Bo!.id, i: globalId, c: institution.code.toLowerCase() },
    );
    expect(set.errors).toBeUndefined();
    expect(await bo()).toEqual({
      userId: people.Bo!.id,
      affiliationInstitutionId: set.data.setJurorAffiliation.institutionId,
      affiliationInstitutionName: institution.name,
      affiliationCountryCode: institution.code,
    });
    await secretariat.query(`mutation($u: ID!) { setJurorAffiliation(userId: $u) { userId } }`, {
      u: people.Bo!.id,
    });
    expect(await bo()).toMatchObject({
      affiliationInstitutionId: null,
      affiliationCountryCode: null,
    });
  });

  it('updates a description and removes a member, audited', async () => {
    const jury = (await secretariat.query(JURY, { id: competitionId })).data.managedCompetition
      .jury;
    const updated = await secretariat.query(UPDATE, {
      id: jury[0].id,
      d: 'Former Director-General',
      v: jury[0].version,
    });
    expect(updated.data.updateJuryMember[0].description).toBe('Former Director-General');
    const removed = await secretariat.query(
      `mutation($id: ID!) { removeJuryMember(id: $id) { userName } }`,
      {
        id: jury[0].id,
      },
    );
    expect(removed.data.removeJuryMember.map((m: { userName: string }) => m.userName)).toEqual([
      'Bo',
      'Ada',
    ]);
    const actions = (
      await db().query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
        jury[0].id,
      ])
    ).map((a: { action: string }) => a.action);
    expect(actions).toEqual(['jury.add', 'jury.update', 'jury.remove']);
    const stale = await secretariat.query(UPDATE, { id: jury[1].id, d: 'x', v: 0 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
