import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { startTestServer } from '../../../testing/test-server.js';
import {
  assess,
  code,
  DECIDE,
  ENTRY,
  juryFixture,
  SAVE,
  type JuryFixture,
} from './jury-fixture.js';

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

const MY_COMPETITIONS = `{ juryCompetitions { id title isChair isMember entryCount assessedCount toDoCount conflictCount nextEntryId } }`;
const ENTRIES = `query($c: ID!, $f: JuryEntryFilter) { juryEntries(competitionId: $c, filter: $f) { id title progress submittedCount outcome } }`;

describe('my entries', () => {
  it('lists the competitions a member sits on with progress and the next entry to assess', async () => {
    const res = await f.alice.client.query(MY_COMPETITIONS);
    expect(res.errors).toBeUndefined();
    expect(res.data.juryCompetitions).toEqual([
      {
        id: f.competitionGid,
        title: expect.stringMatching(/^Europe/),
        isChair: false,
        isMember: true,
        entryCount: 5,
        assessedCount: 0,
        toDoCount: 5,
        conflictCount: 0,
        nextEntryId: f.entries[0]!.gid,
      },
    ]);
    const outsider = await f.outsider.client.query(MY_COMPETITIONS);
    expect(outsider.data.juryCompetitions.map((c: { id: string }) => c.id)).not.toContain(
      f.competitionGid,
    );
  });

  it('gives the criteria defaults and shows the practice text', async () => {
    const res = await f.alice.client.query(ENTRY, { id: f.entries[0]!.gid });
    expect(res.errors).toBeUndefined();
    const e = res.data.juryEntry;
    expect(e.criteria.map((c: { name: string }) => c.name)).toEqual([
      'Innovation',
      'Results',
      'Replicability',
      'Relevance',
    ]);
    expect(e.summary).toBe('Summary of entry 1.');
    expect(e.sections).toEqual([{ key: 'issue', body: 'The issue of entry 1.' }]);
    expect(e).toMatchObject({ canAssess: true, canDecide: false, myAssessment: null });
  });
});

describe('assessments', () => {
  it('keeps a draft to its author and refuses to submit an incomplete one', async () => {
    const entry = f.entries[0]!.gid;
    const draft = await f.alice.client.query(SAVE, {
      i: { practiceId: entry, scores: [], notes: 'Promising, check the figures.', version: null },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data.saveJuryAssessment).toMatchObject({ version: 1, submitted: false });
    const incomplete = await f.alice.client.query(SAVE, {
      i: { practiceId: entry, scores: [], submit: true, version: 1 },
    });
    expect(code(incomplete)).toBe('BAD_USER_INPUT');
    expect((incomplete.errors![0]!.extensions as { field?: string }).field).toBe('scores');
    const outOfRange = await assess(f.alice.client, entry, [6], 'AWARD');
    expect(code(outOfRange)).toBe('BAD_USER_INPUT');
  });

  it("shows the others' assessments only after one's own is submitted, never their notes", async () => {
    const entry = f.entries[0]!.gid;
    expect(
      (await assess(f.bob.client, entry, [4], 'AWARD', { notes: 'Bob private' })).errors,
    ).toBeUndefined();
    const before = (await f.alice.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(before.othersVisible).toBe(false);
    expect(before.othersHiddenReason).toMatch(/Submit your own assessment/);
    expect(before.otherAssessments).toEqual([]);
    expect(before.myAssessment.notes).toBe('Promising, check the figures.');

    const saved = await assess(f.alice.client, entry, [5, 3], 'CERTIFICATE_OF_MERIT', {
      notes: 'Alice private',
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveJuryAssessment).toMatchObject({ submitted: true, weightedScore: 4 });
    const after = (await f.alice.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(after.othersVisible).toBe(true);
    expect(after.otherAssessments).toEqual([
      expect.objectContaining({
        memberName: f.bob.name,
        notes: null,
        proposedOutcome: 'AWARD',
        weightedScore: 4,
      }),
    ]);
    // Bob, who submitted first, now sees Alice's, but not her notes; the secretariat sees both.
    const bob = (await f.bob.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(bob.otherAssessments.map((a: { memberName: string }) => a.memberName)).toEqual([
      f.alice.name,
    ]);
    expect(JSON.stringify(bob)).not.toContain('Alice private');
    const secretariat = (await f.secretariat.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(secretariat.otherAssessments).toHaveLength(2);
    expect(JSON.stringify(secretariat)).not.toMatch(/private/);
  });

  it('refuses a stale version with the current assessment (two windows at once)', async () => {
    const entry = f.entries[1]!.gid;
    const first = await f.alice.client.query(SAVE, {
      i: { practiceId: entry, scores: [], notes: 'first', version: null },
    });
    expect(first.data.saveJuryAssessment.version).toBe(1);
    const [a, b] = await Promise.all([
      f.alice.client.query(SAVE, {
        i: { practiceId: entry, scores: [], notes: 'window A', version: 1 },
      }),
      f.alice.client.query(SAVE, {
        i: { practiceId: entry, scores: [], notes: 'window B', version: 1 },
      }),
    ]);
    const results = [a, b];
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => code(r) === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const current = (
      refused[0]!.errors![0]!.extensions as { current: { version: number; notes: string } }
    ).current;
    expect(current.version).toBe(2);
    expect(current.notes).toBe(ok[0]!.data.saveJuryAssessment.notes);
    // Creating again (version null) when one exists is refused too.
    const again = await f.alice.client.query(SAVE, {
      i: { practiceId: entry, scores: [], version: null },
    });
    expect(code(again)).toBe('CONFLICT');
  });

  it('filters the entries and moves "next entry to assess" on', async () => {
    const res = await f.alice.client.query(ENTRIES, {
      c: f.competitionGid,
      f: { progress: ['SUBMITTED'] },
    });
    expect(res.data.juryEntries.map((e: { id: string }) => e.id)).toEqual([f.entries[0]!.gid]);
    const search = await f.alice.client.query(ENTRIES, {
      c: f.competitionGid,
      f: { search: `Entry 4 ${f.tag}` },
    });
    expect(search.data.juryEntries.map((e: { id: string }) => e.id)).toEqual([f.entries[3]!.gid]);
    const mine = (await f.alice.client.query(MY_COMPETITIONS)).data.juryCompetitions[0];
    expect(mine).toMatchObject({ assessedCount: 1, toDoCount: 4, nextEntryId: f.entries[1]!.gid });
  });
});

describe('conflicts of interest', () => {
  it("proposes the member's own institution, which they confirm", async () => {
    const mine = (await f.carol.client.query(MY_COMPETITIONS)).data.juryCompetitions[0];
    expect(mine.conflictCount).toBe(1);
    const entry = (await f.carol.client.query(ENTRY, { id: f.entries[2]!.gid })).data.juryEntry;
    expect(entry.myConflict).toEqual({
      source: 'PROPOSED',
      reason: `Own institution: ${f.institutions[2]!.name}`,
      confirmed: false,
    });
    expect(entry.canAssess).toBe(false);
    const confirmed = await f.carol.client.query(
      `mutation($p: ID!) { confirmConflict(practiceId: $p) { source confirmed } }`,
      { p: f.entries[2]!.gid },
    );
    expect(confirmed.data.confirmConflict).toEqual({ source: 'PROPOSED', confirmed: true });
  });

  it('dismissing a proposal ends it for good; declaring needs a reason; withdrawing undoes it', async () => {
    // Bob is from the country of entry 5.
    const set = await f.secretariat.client.query(
      `mutation($u: ID!, $c: String) { setJurorAffiliation(userId: $u, countryCode: $c) { countryCode institutionName } }`,
      { u: f.bob.id, c: f.institutions[4]!.countryCode.toLowerCase() },
    );
    expect(set.data.setJurorAffiliation).toEqual({
      countryCode: f.institutions[4]!.countryCode,
      institutionName: null,
    });
    const listed = await f.bob.client.query(ENTRIES, {
      c: f.competitionGid,
      f: { progress: ['CONFLICTED'] },
    });
    expect(listed.data.juryEntries.map((e: { id: string }) => e.id)).toEqual([f.entries[4]!.gid]);
    const dismissed = await f.bob.client.query(
      `mutation($p: ID!) { withdrawConflict(practiceId: $p) }`,
      {
        p: f.entries[4]!.gid,
      },
    );
    expect(dismissed.data.withdrawConflict).toBe(true);
    const relisted = await f.bob.client.query(ENTRIES, {
      c: f.competitionGid,
      f: { progress: ['CONFLICTED'] },
    });
    expect(relisted.data.juryEntries).toEqual([]);

    const noReason = await f.bob.client.query(
      `mutation($p: ID!) { declareConflict(practiceId: $p, reason: "  ") { id } }`,
      { p: f.entries[3]!.gid },
    );
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    const declared = await f.bob.client.query(
      `mutation($p: ID!) { declareConflict(practiceId: $p, reason: "I advised them in 2019") { source reason } }`,
      { p: f.entries[3]!.gid },
    );
    expect(declared.data.declareConflict).toEqual({
      source: 'DECLARED',
      reason: 'I advised them in 2019',
    });
    const withdrawn = await f.bob.client.query(
      `mutation($p: ID!) { withdrawConflict(practiceId: $p) }`,
      {
        p: f.entries[3]!.gid,
      },
    );
    expect(withdrawn.data.withdrawConflict).toBe(true);
    const [audit] = await server.database.dataSource.query(
      `SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [f.bob.id],
    );
    expect(audit.action).toBe('conflict.withdraw');
  });

  it('hides the others’ assessments, the deliberation and the decision from a conflicted member', async () => {
    const entry = f.entries[2]!.gid;
    await assess(f.alice.client, entry, [4], 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION');
    await f.alice.client.query(
      `mutation($p: ID!) { postDeliberationMessage(practiceId: $p, body: "Strong evaluation section.") { id } }`,
      { p: entry },
    );
    const decided = await f.chair.client.query(DECIDE, {
      i: { practiceId: entry, outcome: 'CERTIFICATE_OF_MERIT', juryText: null, version: null },
    });
    expect(decided.errors).toBeUndefined();

    const carol = (await f.carol.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(carol).toMatchObject({
      othersVisible: false,
      otherAssessments: [],
      deliberation: null,
      decision: null,
      canAssess: false,
      entry: { progress: 'CONFLICTED', outcome: null },
    });
    expect(carol.othersHiddenReason).toMatch(/conflict of interest/);
    const cannotAssess = await assess(f.carol.client, entry, [5], 'AWARD');
    expect(code(cannotAssess)).toBe('FORBIDDEN');
    const cannotPost = await f.carol.client.query(
      `mutation($p: ID!) { postDeliberationMessage(practiceId: $p, body: "Hello") { id } }`,
      { p: entry },
    );
    expect(code(cannotPost)).toBe('FORBIDDEN');
    // The rest of the jury and the secretariat see the thread; the chair sees Carol's conflict.
    const alice = (await f.alice.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(alice.deliberation).toEqual([
      { authorName: f.alice.name, body: 'Strong evaluation section.', isMine: true },
    ]);
    expect(alice.conflicts).toEqual([]);
    const chair = (await f.chair.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(chair.conflicts).toEqual([
      expect.objectContaining({ memberName: f.carol.name, source: 'PROPOSED' }),
    ]);
    const secretariat = (await f.secretariat.client.query(ENTRY, { id: entry })).data.juryEntry;
    expect(secretariat.deliberation).toHaveLength(1);
    expect(secretariat.conflicts).toHaveLength(1);
  });

  it('keeps a conflicted chair out of the decision and of the scores on the table', async () => {
    const entry = f.entries[4]!;
    await f.chair.client.query(
      `mutation($p: ID!) { declareConflict(practiceId: $p, reason: "My brother works there") { id } }`,
      { p: entry.gid },
    );
    await assess(f.alice.client, entry.gid, [2], 'ATTESTATION');
    const refused = await f.chair.client.query(DECIDE, {
      i: { practiceId: entry.gid, outcome: 'ATTESTATION', version: null },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/conflict of interest/);
    const table = await f.chair.client.query(
      `query($c: ID!) { juryTable(competitionId: $c) { rows { id weightedMean submittedCount viewerConflicted decision { outcome } } } }`,
      { c: f.competitionGid },
    );
    const row = table.data.juryTable.rows.find((r: { id: string }) => r.id === entry.gid);
    expect(row).toEqual({
      id: entry.gid,
      weightedMean: null,
      submittedCount: 0,
      viewerConflicted: true,
      decision: null,
    });
    // The secretariat records it on the jury's behalf.
    const bySecretariat = await f.secretariat.client.query(DECIDE, {
      i: { practiceId: entry.gid, outcome: 'ATTESTATION', version: null },
    });
    expect(bySecretariat.data.recordDecision).toMatchObject({
      outcome: 'ATTESTATION',
      version: 1,
      decidedByName: f.secretariat.name,
    });
  });
});
