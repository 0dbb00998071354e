import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { AccessService } from '../../auth/access.service.js';
import { assess, code, DECIDE, ENTRY, juryFixture, type JuryFixture } from './jury-fixture.js';

let server: RunningServer;
let f: JuryFixture;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  f = await juryFixture(server);
});

afterAll(async () => {
  await f?.cleanup();
  await server?.close();
});

const db = () => server.database.dataSource;
const storedConflicts = (userId: string): Promise<{ practiceId: string }[]> =>
  db().query(`SELECT practice_id AS "practiceId" FROM conflict_of_interest WHERE user_id = $1`, [
    userId,
  ]);
const TABLE = `query($c: ID!, $s: JuryTableSort) { juryTable(competitionId: $c, sort: $s) {
  rows { id submittedCount weightedMean median tally { award attestation } scoresHidden
         conflicts { memberName source reason } } } }`;
const CRITERIA = `query($c: ID!) { juryCriteria(competitionId: $c) { id name description weight listVersion } }`;
const SAVE_CRITERIA = `mutation($c: ID!, $k: [JuryCriterionInput!]!, $v: Int) {
  saveJuryCriteria(competitionId: $c, criteria: $k, expectedVersion: $v) { id name weight listVersion } }`;
const csv = (path: string, cookie: string | null | undefined) =>
  fetch(`${server.url}/console-api/competitions/${f.competitionGid}/${path}`, {
    headers: cookie ? { cookie } : {},
  }).then((r) => r.text());

describe('own-institution conflicts hold in the guards at once', () => {
  it('a chair whose institution was just set can neither decide nor deliberate on that entry', async () => {
    const entry = f.entries[3]!;
    const set = await f.secretariat.client.query(
      `mutation($u: ID!, $i: ID) { setJurorAffiliation(userId: $u, institutionId: $i) { institutionName } }`,
      { u: f.chair.id, i: toGlobalId('Institution', f.institutions[3]!.id) },
    );
    expect(set.errors).toBeUndefined();
    // Written in the same transaction as the affiliation, before any list is read.
    expect((await storedConflicts(f.chair.id)).map((c) => c.practiceId)).toContain(entry.id);
    const decided = await f.chair.client.query(DECIDE, {
      i: { practiceId: entry.gid, outcome: 'ATTESTATION', juryText: null, version: null },
    });
    expect(code(decided)).toBe('FORBIDDEN');
    expect(decided.errors![0]!.message).toMatch(/conflict of interest/);
    const posted = await f.chair.client.query(
      `mutation($p: ID!) { postDeliberationMessage(practiceId: $p, body: "Mine!") { id } }`,
      { p: entry.gid },
    );
    expect(code(posted)).toBe('FORBIDDEN');
    const seen = (await f.chair.client.query(ENTRY, { id: entry.gid })).data.juryEntry;
    expect(seen).toMatchObject({ deliberation: null, decision: null, canDecide: false });
    expect(seen.myConflict).toMatchObject({ source: 'PROPOSED' });
  });

  it('counts a match even when no proposal was written down yet (guards, admin entry list)', async () => {
    const entry = f.entries[0]!;
    // Written behind the services' back: no proposal row exists.
    await db().query(`UPDATE user_account SET institution_id = $2 WHERE id = $1`, [
      f.alice.id,
      f.institutions[0]!.id,
    ]);
    expect((await storedConflicts(f.alice.id)).map((c) => c.practiceId)).not.toContain(entry.id);
    const saved = await assess(f.alice.client, entry.gid, [3], 'ATTESTATION');
    expect(code(saved)).toBe('FORBIDDEN');
    const access = new AccessService(db());
    const hidden = await access.conflictedPracticeIds(
      { userId: f.alice.id, sessionId: 'x', email: 'x', displayName: 'x', roles: ['JURY'] },
      f.competitionId,
    );
    expect(hidden).toContain(entry.id);
    await db().query(`UPDATE user_account SET institution_id = NULL WHERE id = $1`, [f.alice.id]);
    await db().query(`DELETE FROM conflict_of_interest WHERE user_id = $1`, [f.alice.id]);
  });

  it('adding a seat proposes the conflicts in the same transaction', async () => {
    const dana = await createUser(server, ['JURY'], `Dana ${f.tag}`);
    await db().query(`UPDATE user_account SET institution_id = $2 WHERE id = $1`, [
      dana.id,
      f.institutions[1]!.id,
    ]);
    const added = await f.secretariat.client.query(
      `mutation($i: AddJuryMemberInput!) { addJuryMember(input: $i) { id } }`,
      { i: { competitionId: f.competitionGid, userId: dana.id, description: 'Juror' } },
    );
    expect(added.errors).toBeUndefined();
    expect((await storedConflicts(dana.id)).map((c) => c.practiceId)).toEqual([f.entries[1]!.id]);
  });
});

describe("the chair's table and the exports", () => {
  it("leave out drafts and hide an entry's scores until the chair's own assessment is in", async () => {
    const entry = f.entries[1]!;
    await assess(f.alice.client, entry.gid, [4], 'AWARD');
    await assess(f.bob.client, entry.gid, [1], 'ATTESTATION', {
      submit: false,
      notes: 'draft',
    });
    const rowOf = async (client: typeof f.chair.client) =>
      (await client.query(TABLE, { c: f.competitionGid })).data.juryTable.rows.find(
        (r: { id: string }) => r.id === entry.gid,
      );
    expect(await rowOf(f.chair.client)).toMatchObject({
      submittedCount: 1,
      weightedMean: null,
      median: null,
      tally: { award: 0, attestation: 0 },
      scoresHidden: true,
    });
    expect(await rowOf(f.secretariat.client)).toMatchObject({
      submittedCount: 1,
      weightedMean: 4,
      scoresHidden: false,
    });
    // Sorting by the mean does not give the hidden one away either.
    const sorted = (
      await f.chair.client.query(TABLE, { c: f.competitionGid, s: 'WEIGHTED_MEAN' })
    ).data.juryTable.rows.filter((r: { weightedMean: number | null }) => r.weightedMean !== null);
    expect(sorted.map((r: { id: string }) => r.id)).not.toContain(entry.gid);
    const before = await csv('jury-scores.csv', f.chair.client.cookie);
    expect(before).not.toContain(f.alice.name);
    // Drafts never reach the export, not even the secretariat's.
    const secretariat = await csv('jury-scores.csv', f.secretariat.client.cookie);
    expect(secretariat).toContain(f.alice.name);
    expect(secretariat).not.toContain(f.bob.name);
    expect(secretariat).not.toContain('draft');

    await assess(f.chair.client, entry.gid, [2], 'CERTIFICATE_OF_MERIT');
    expect(await rowOf(f.chair.client)).toMatchObject({
      submittedCount: 2,
      weightedMean: 3,
      tally: { award: 1 },
      scoresHidden: false,
    });
    expect(await csv('jury-scores.csv', f.chair.client.cookie)).toContain(f.alice.name);
  });

  it('count only current seats, and show dismissed proposals to the chair and the secretariat', async () => {
    const entry = f.entries[1]!;
    // Bob is from entry 2's country; he dismisses the proposal.
    await f.secretariat.client.query(
      `mutation($u: ID!, $c: String) { setJurorAffiliation(userId: $u, countryCode: $c) { countryCode } }`,
      { u: f.bob.id, c: f.institutions[1]!.countryCode },
    );
    const dismissed = await f.bob.client.query(
      `mutation($p: ID!) { withdrawConflict(practiceId: $p) }`,
      { p: entry.gid },
    );
    expect(dismissed.errors).toBeUndefined();
    const row = (
      await f.chair.client.query(TABLE, { c: f.competitionGid })
    ).data.juryTable.rows.find((r: { id: string }) => r.id === entry.gid);
    expect(row.conflicts).toContainEqual({
      memberName: f.bob.name,
      source: 'DISMISSED',
      reason: expect.stringMatching(/^Own country: /),
    });
    const page = (await f.secretariat.client.query(ENTRY, { id: entry.gid })).data.juryEntry;
    expect(page.conflicts).toContainEqual(
      expect.objectContaining({ memberName: f.bob.name, source: 'DISMISSED' }),
    );
    const bobs = (await f.bob.client.query(ENTRY, { id: entry.gid })).data.juryEntry;
    expect(bobs.myConflict).toBeNull();
    expect(bobs.canAssess).toBe(true);
    // Bob submits, then leaves the jury: his scores no longer count.
    await assess(f.bob.client, entry.gid, [5], 'AWARD');
    const seated = (
      await f.secretariat.client.query(TABLE, { c: f.competitionGid })
    ).data.juryTable.rows.find((r: { id: string }) => r.id === entry.gid);
    expect(seated.submittedCount).toBe(3);
    await db().query(`DELETE FROM jury_member WHERE user_id = $1 AND competition_id = $2`, [
      f.bob.id,
      f.competitionId,
    ]);
    const removed = (
      await f.secretariat.client.query(TABLE, { c: f.competitionGid })
    ).data.juryTable.rows.find((r: { id: string }) => r.id === entry.gid);
    expect(removed).toMatchObject({ submittedCount: 2, weightedMean: 3 });
    expect(await csv('jury-scores.csv', f.secretariat.client.cookie)).not.toContain(f.bob.name);
    const others = (await f.chair.client.query(ENTRY, { id: entry.gid })).data.juryEntry
      .otherAssessments;
    expect(others.map((a: { memberName: string }) => a.memberName)).toEqual([f.alice.name]);
  });
});

describe('the one-Award rule', () => {
  it('names the other entry to the secretariat only', async () => {
    const [e1, e2] = f.entries;
    expect(
      (
        await f.secretariat.client.query(DECIDE, {
          i: { practiceId: e1!.gid, outcome: 'AWARD', juryText: 'Best.', version: null },
        })
      ).errors,
    ).toBeUndefined();
    const chair = await f.chair.client.query(DECIDE, {
      i: { practiceId: e2!.gid, outcome: 'AWARD', juryText: 'Also.', version: null },
    });
    expect(code(chair)).toBe('BAD_USER_INPUT');
    expect(chair.errors![0]!.message).toContain('Another entry already has the Award.');
    expect(chair.errors![0]!.message).not.toContain(e1!.title);
    const secretariat = await f.secretariat.client.query(DECIDE, {
      i: { practiceId: e2!.gid, outcome: 'AWARD', juryText: 'Also.', version: null },
    });
    expect(secretariat.errors![0]!.message).toContain(e1!.title);
  });
});

describe('criteria', () => {
  it('refuse a stale list with the current one, and removing a scored criterion while judging', async () => {
    const current = (await f.secretariat.client.query(CRITERIA, { c: f.competitionGid })).data
      .juryCriteria;
    const version = current[0].listVersion;
    const keep = (list: { id: string; name: string; description: string; weight: number }[]) =>
      list.map(({ id, name, description, weight }) => ({ id, name, description, weight }));
    const missing = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: keep(current),
    });
    expect(code(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions).toMatchObject({ field: 'expectedVersion' });
    const first = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: [...keep(current), { name: 'Sustainability', description: '', weight: 1 }],
      v: version,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.saveJuryCriteria[0].listVersion).toBe(version + 1);
    // A second window still holds the old version.
    const stale = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: keep(current),
      v: version,
    });
    expect(code(stale)).toBe('CONFLICT');
    expect(
      (stale.errors![0]!.extensions as { current: { name: string }[] }).current.map((c) => c.name),
    ).toContain('Sustainability');
    // Innovation has scores (entry 2): it cannot go while the competition is being judged.
    const now = first.data.saveJuryCriteria;
    const withoutInnovation = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: keep(current).filter((c) => c.name !== 'Innovation'),
      v: now[0].listVersion,
    });
    expect(code(withoutInnovation)).toBe('BAD_USER_INPUT');
    expect(withoutInnovation.errors![0]!.message).toContain('"Innovation"');
    const [{ scores }] = await db().query(
      `SELECT count(*)::int AS scores FROM jury_score s JOIN jury_criterion c ON c.id = s.criterion_id
        WHERE c.competition_id = $1 AND c.name = 'Innovation'`,
      [f.competitionId],
    );
    expect(scores).toBeGreaterThan(0);
    // An unscored one may go.
    const withoutNew = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: keep(current),
      v: now[0].listVersion,
    });
    expect(withoutNew.errors).toBeUndefined();
  });
});
