import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { assess, code, DECIDE, juryFixture, type JuryFixture } from './jury-fixture.js';

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

const TABLE = `query($c: ID!, $s: JuryTableSort, $d: Boolean) { juryTable(competitionId: $c, sort: $s, descending: $d) {
  canDecide criteria { name weight }
  rows { id rank title submittedCount weightedMean median spread
         tally { award specialMention certificateOfMerit attestation }
         conflicts { memberName source } decision { outcome juryText version } } } }`;
const SET_STATUS = `mutation($id: ID!, $s: CompetitionStatus!, $v: Int!) {
  setCompetitionStatus(id: $id, status: $s, expectedVersion: $v) { status version } }`;
const decide = (
  client: Client,
  practiceId: string,
  outcome: string,
  juryText: string | null,
  version: number | null,
) => client.query(DECIDE, { i: { practiceId, outcome, juryText, version } });
const competitionVersion = async () =>
  (
    await server.database.dataSource.query(`SELECT version FROM competition WHERE id = $1`, [
      f.competitionId,
    ])
  )[0].version as number;

describe("the chair's table", () => {
  it('aggregates weighted scores, tallies proposals and sorts, in one statement', async () => {
    const [e1, e2] = f.entries;
    // Weights: Results counts twice.
    const criteria = (
      await f.secretariat.client.query(
        `query($c: ID!) { juryCriteria(competitionId: $c) { id name description weight listVersion } }`,
        { c: f.competitionGid },
      )
    ).data.juryCriteria;
    const saved = await f.secretariat.client.query(
      `mutation($c: ID!, $k: [JuryCriterionInput!]!, $v: Int) { saveJuryCriteria(competitionId: $c, criteria: $k, expectedVersion: $v) { name weight } }`,
      {
        c: f.competitionGid,
        v: 1,
        k: criteria.map((c: { id: string; name: string; description: string }) => ({
          id: c.id,
          name: c.name,
          description: c.description,
          weight: c.name === 'Results' ? 2 : 1,
        })),
      },
    );
    expect(saved.data.saveJuryCriteria.map((c: { weight: number }) => c.weight)).toEqual([
      1, 2, 1, 1,
    ]);
    // Innovation, Results, Replicability, Relevance: (5 + 2*3 + 5 + 3) / 5 = 3.8
    await assess(f.alice.client, e1!.gid, [5, 3], 'AWARD');
    await assess(f.bob.client, e1!.gid, [4], 'AWARD');
    await assess(f.chair.client, e1!.gid, [2], 'CERTIFICATE_OF_MERIT');
    await assess(f.alice.client, e2!.gid, [5], 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION');

    // The secretariat sees every aggregate (the chair has not assessed entry 2: see review-fixes).
    const res = await f.secretariat.client.query(TABLE, {
      c: f.competitionGid,
      s: 'WEIGHTED_MEAN',
      d: true,
    });
    expect(res.errors).toBeUndefined();
    const rows = res.data.juryTable.rows;
    expect(rows.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([e2!.gid, e1!.gid]);
    expect(rows[1]).toMatchObject({
      submittedCount: 3,
      median: 3.8,
      spread: expect.closeTo(2, 5),
      tally: { award: 2, specialMention: 0, certificateOfMerit: 1, attestation: 0 },
    });
    expect(rows[1].weightedMean).toBeCloseTo((3.8 + 4 + 2) / 3, 5);
    expect(rows[2]).toMatchObject({ submittedCount: 0, weightedMean: null });
    // Carol's proposed conflict shows on entry 3.
    const three = rows.find((r: { id: string }) => r.id === f.entries[2]!.gid);
    expect(three.conflicts).toEqual([{ memberName: f.carol.name, source: 'PROPOSED' }]);

    const byTitle = await f.chair.client.query(TABLE, { c: f.competitionGid, s: 'TITLE' });
    expect(byTitle.data.juryTable.rows.map((r: { title: string }) => r.title)).toEqual(
      [...f.entries.map((e) => e.title)].sort(),
    );
  });

  it('takes criteria from the secretariat only, and refuses bad ones with the field', async () => {
    const SAVE_CRITERIA = `mutation($c: ID!, $k: [JuryCriterionInput!]!) {
      saveJuryCriteria(competitionId: $c, criteria: $k) { name } }`;
    const twice = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: [
        { name: 'Impact', weight: 1 },
        { name: 'impact', weight: 2 },
      ],
    });
    expect(code(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0]!.extensions).toMatchObject({ field: 'criteria' });
    const weightless = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: [{ name: 'Impact', weight: 0 }],
    });
    expect(code(weightless)).toBe('BAD_USER_INPUT');
    const foreign = await f.secretariat.client.query(SAVE_CRITERIA, {
      c: f.competitionGid,
      k: [{ id: 'not-a-criterion', name: 'Impact', weight: 1 }],
    });
    expect(code(foreign)).toBe('BAD_USER_INPUT');
    expect(
      code(
        await f.chair.client.query(SAVE_CRITERIA, {
          c: f.competitionGid,
          k: [{ name: 'X', weight: 1 }],
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('is for the chair and the secretariat only', async () => {
    expect(code(await f.alice.client.query(TABLE, { c: f.competitionGid }))).toBe('FORBIDDEN');
    expect(code(await f.outsider.client.query(TABLE, { c: f.competitionGid }))).toBe('NOT_FOUND');
    expect(code(await f.anonymous.client.query(TABLE, { c: f.competitionGid }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await f.secretariat.client.query(TABLE, { c: f.competitionGid })).errors,
    ).toBeUndefined();
  });
});

describe('decisions', () => {
  it('requires the text for the Award and special mentions, and none for the others', async () => {
    const [e1, e2, e3] = f.entries;
    const noComment = await decide(f.chair.client, e1!.gid, 'AWARD', '  ', null);
    expect(code(noComment)).toBe('BAD_USER_INPUT');
    expect(noComment.errors![0]!.extensions).toMatchObject({ field: 'juryText' });
    expect(
      code(
        await decide(
          f.chair.client,
          e2!.gid,
          'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
          null,
          null,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(code(await decide(f.chair.client, e3!.gid, 'CERTIFICATE_OF_MERIT', 'Nice', null))).toBe(
      'BAD_USER_INPUT',
    );
    const award = await decide(f.chair.client, e1!.gid, 'AWARD', 'A model for the region.', null);
    expect(award.data.recordDecision).toMatchObject({
      outcome: 'AWARD',
      version: 1,
      decidedByName: f.chair.name,
    });
  });

  it('allows one Award per competition, even when two are recorded at once', async () => {
    const [, e2, , e4] = f.entries;
    const second = await decide(f.chair.client, e2!.gid, 'AWARD', 'Also great.', null);
    expect(code(second)).toBe('BAD_USER_INPUT');
    expect(second.errors![0]!.message).toMatch(/one Award/);
    // Move the Award away and race two new ones.
    const current = await decide(
      f.chair.client,
      f.entries[0]!.gid,
      'CERTIFICATE_OF_MERIT',
      null,
      1,
    );
    expect(current.errors).toBeUndefined();
    const race = await Promise.all([
      decide(f.chair.client, e2!.gid, 'AWARD', 'Two.', null),
      decide(f.secretariat.client, e4!.gid, 'AWARD', 'Four.', null),
    ]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.filter((r) => code(r) === 'BAD_USER_INPUT')).toHaveLength(1);
    const [{ awards }] = await server.database.dataSource.query(
      `SELECT count(*)::int AS awards FROM decision d JOIN practice p ON p.id = d.practice_id
        WHERE p.competition_id = $1 AND d.outcome = 'AWARD'`,
      [f.competitionId],
    );
    expect(awards).toBe(1);
    // Leave entry 1 with the Award for what follows.
    const winner = race.findIndex((r) => !r.errors) === 0 ? e2! : e4!;
    await decide(f.secretariat.client, winner.gid, 'CERTIFICATE_OF_MERIT', null, 1);
    expect(
      (await decide(f.chair.client, f.entries[0]!.gid, 'AWARD', 'A model for the region.', 2))
        .errors,
    ).toBeUndefined();
  });

  it('refuses the later of two concurrent writes with the current decision', async () => {
    const e2 = f.entries[1]!;
    const [row]: { version: number }[] = await server.database.dataSource.query(
      `SELECT version FROM decision WHERE practice_id = $1`,
      [e2.id],
    );
    const version = row?.version ?? null;
    const [a, b] = await Promise.all([
      decide(
        f.chair.client,
        e2.gid,
        'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
        'Chair text.',
        version,
      ),
      decide(f.secretariat.client, e2.gid, 'ATTESTATION', null, version),
    ]);
    const ok = [a, b].filter((r) => !r.errors);
    const refused = [a, b].filter((r) => code(r) === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const current = (refused[0]!.errors![0]!.extensions as { current: Record<string, unknown> })
      .current;
    expect(current).toMatchObject({
      outcome: ok[0]!.data.recordDecision.outcome,
      version: ok[0]!.data.recordDecision.version,
    });
    expect(code(await decide(f.chair.client, e2.gid, 'ATTESTATION', null, null))).toBe('CONFLICT');
  });

  it('are refused to members who are not the chair and to another competition', async () => {
    expect(code(await decide(f.alice.client, f.entries[2]!.gid, 'ATTESTATION', null, null))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(await decide(f.outsider.client, f.entries[2]!.gid, 'ATTESTATION', null, null)),
    ).toBe('NOT_FOUND');
    expect(
      code(await decide(f.anonymous.client, f.entries[2]!.gid, 'ATTESTATION', null, null)),
    ).toBe('UNAUTHENTICATED');
  });

  it('lock when the competition is DECIDED; the secretariat reopens (audited) or corrects', async () => {
    const ds = server.database.dataSource;
    const [, e2, e3, e4, e5] = f.entries;
    for (const [entry, outcome, text] of [
      [e2!, 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', 'Special.'],
      [e3!, 'CERTIFICATE_OF_MERIT', null],
      [e4!, 'CERTIFICATE_OF_MERIT', null],
      [e5!, 'ATTESTATION', null],
    ] as const) {
      const [row] = await ds.query(`SELECT version FROM decision WHERE practice_id = $1`, [
        entry.id,
      ]);
      const res = await decide(
        f.secretariat.client,
        entry.gid,
        outcome,
        text,
        row?.version ?? null,
      );
      expect(res.errors).toBeUndefined();
    }
    const decided = await f.secretariat.client.query(SET_STATUS, {
      id: f.competitionGid,
      s: 'DECIDED',
      v: await competitionVersion(),
    });
    expect(decided.errors).toBeUndefined();
    const locked = await decide(f.chair.client, e5!.gid, 'CERTIFICATE_OF_MERIT', null, 1);
    expect(code(locked)).toBe('FORBIDDEN');
    expect(locked.errors![0]!.message).toMatch(/locked/);
    expect(code(await assess(f.bob.client, e5!.gid, [3], 'ATTESTATION'))).toBe('FORBIDDEN');
    // The chair cannot reopen; the secretariat can, and it is audited.
    expect(
      code(
        await f.chair.client.query(SET_STATUS, {
          id: f.competitionGid,
          s: 'JUDGING',
          v: await competitionVersion(),
        }),
      ),
    ).toBe('FORBIDDEN');
    const reopened = await f.secretariat.client.query(SET_STATUS, {
      id: f.competitionGid,
      s: 'JUDGING',
      v: await competitionVersion(),
    });
    expect(reopened.data.setCompetitionStatus.status).toBe('JUDGING');
    const [audit] = await ds.query(
      `SELECT action, actor_id AS "actorId", before, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [f.competitionId],
    );
    expect(audit).toMatchObject({
      action: 'competition.status',
      actorId: f.secretariat.id,
      before: { status: 'DECIDED' },
      after: { status: 'JUDGING' },
    });
    expect(
      (await decide(f.chair.client, e5!.gid, 'CERTIFICATE_OF_MERIT', null, 1)).errors,
    ).toBeUndefined();
  });

  it('after publication, a correction by the secretariat is audited and public at once', async () => {
    const ds = server.database.dataSource;
    const e2 = f.entries[1]!;
    for (const s of ['DECIDED', 'PUBLISHED'])
      expect(
        (
          await f.secretariat.client.query(SET_STATUS, {
            id: f.competitionGid,
            s,
            v: await competitionVersion(),
          })
        ).errors,
      ).toBeUndefined();
    const publicText = async () =>
      (
        await new Client(server).query(
          `query($s: String!) { practice(slug: $s) { outcome juryComment } }`,
          {
            s: `entry-1-${f.tag}`,
          },
        )
      ).data.practice;
    expect(await publicText()).toMatchObject({
      outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
    });
    const [{ version: dataVersion }] = await ds.query(`SELECT version FROM public_data_version`);
    const [{ version }] = await ds.query(`SELECT version FROM decision WHERE practice_id = $1`, [
      e2.id,
    ]);

    expect(
      code(
        await decide(
          f.chair.client,
          e2.gid,
          'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
          'Chair fix.',
          version,
        ),
      ),
    ).toBe('FORBIDDEN');
    const fixed = await decide(
      f.secretariat.client,
      e2.gid,
      'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
      'Corrected text.',
      version,
    );
    expect(fixed.errors).toBeUndefined();
    const [{ version: newDataVersion }] = await ds.query(`SELECT version FROM public_data_version`);
    expect(Number(newDataVersion)).toBeGreaterThan(Number(dataVersion));
    expect(await publicText()).toMatchObject({ juryComment: 'Corrected text.' });
    const [audit] = await ds.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'Decision' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [e2.id],
    );
    expect(audit).toMatchObject({
      action: 'decision.correct',
      before: { juryText: 'Special.' },
      after: { juryText: 'Corrected text.', competitionStatus: 'PUBLISHED' },
    });
    // The one-Award rule still holds for corrections.
    expect(code(await decide(f.secretariat.client, e2.gid, 'AWARD', 'Another', version + 1))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('exports', () => {
  const get = (client: Client | null, path: string) =>
    fetch(`${server.url}/console-api/competitions/${f.competitionGid}/${path}`, {
      headers: client?.cookie ? { cookie: client.cookie } : {},
    });

  it('gives the raw scores per criterion, the aggregates and the decisions as CSV and XLSX', async () => {
    const scores = await get(f.chair.client, 'jury-scores.csv');
    expect(scores.status).toBe(200);
    expect(scores.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await scores.text();
    expect(text).toContain('Innovation (×1)');
    expect(text).toContain('Results (×2)');
    expect(text).toContain(f.alice.name);
    const aggregates = await (await get(f.secretariat.client, 'jury-aggregates.csv')).text();
    expect(aggregates).toContain('Weighted mean');
    const decisions = await (await get(f.secretariat.client, 'jury-decisions.csv')).text();
    expect(decisions).toContain('Corrected text.');
    expect(decisions).toContain('A model for the region.');
    const xlsx = await get(f.secretariat.client, 'jury-decisions.xlsx');
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('are refused to anyone else', async () => {
    expect((await get(null, 'jury-scores.csv')).status).toBe(401);
    expect((await get(f.alice.client, 'jury-scores.csv')).status).toBe(403);
    expect((await get(f.outsider.client, 'jury-decisions.xlsx')).status).toBe(404);
    expect((await get(f.secretariat.client, 'jury-other.csv')).status).toBe(404);
  });
});

describe('nothing of the jury reaches anyone outside it', () => {
  const OPERATIONS: [string, string, (f: JuryFixture) => Record<string, unknown>][] = [
    ['juryCompetitions', `{ juryCompetitions { id } }`, () => ({})],
    [
      'juryEntries',
      `query($c: ID!) { juryEntries(competitionId: $c) { id } }`,
      (f) => ({ c: f.competitionGid }),
    ],
    [
      'juryEntry',
      `query($p: ID!) { juryEntry(id: $p) { entry { id } } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'juryCriteria',
      `query($c: ID!) { juryCriteria(competitionId: $c) { id } }`,
      (f) => ({ c: f.competitionGid }),
    ],
    [
      'juryTable',
      `query($c: ID!) { juryTable(competitionId: $c) { canDecide } }`,
      (f) => ({ c: f.competitionGid }),
    ],
    [
      'saveJuryAssessment',
      `mutation($p: ID!) { saveJuryAssessment(input: { practiceId: $p, scores: [] }) { id } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'declareConflict',
      `mutation($p: ID!) { declareConflict(practiceId: $p, reason: "x") { id } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'confirmConflict',
      `mutation($p: ID!) { confirmConflict(practiceId: $p) { id } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'withdrawConflict',
      `mutation($p: ID!) { withdrawConflict(practiceId: $p) }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'postDeliberationMessage',
      `mutation($p: ID!) { postDeliberationMessage(practiceId: $p, body: "x") { id } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'recordDecision',
      `mutation($p: ID!) { recordDecision(input: { practiceId: $p, outcome: ATTESTATION }) { version } }`,
      (f) => ({ p: f.entries[0]!.gid }),
    ],
    [
      'setJurorAffiliation',
      `mutation($u: ID!) { setJurorAffiliation(userId: $u, countryCode: "FR") { userId } }`,
      (f) => ({ u: f.alice.id }),
    ],
    [
      'saveJuryCriteria',
      `mutation($c: ID!) { saveJuryCriteria(competitionId: $c, criteria: [{ name: "X", weight: 1 }]) { id } }`,
      (f) => ({ c: f.competitionGid }),
    ],
  ];

  for (const [name, query, variables] of OPERATIONS) {
    it(`${name}: anonymous is refused, another competition's jury sees nothing`, async () => {
      const anonymous = await f.anonymous.client.query(query, variables(f));
      expect(code(anonymous)).toBe('UNAUTHENTICATED');
      expect(anonymous.data?.[name] ?? null).toBeNull();
      const outsider = await f.outsider.client.query(query, variables(f));
      if (name === 'juryCompetitions')
        expect(outsider.data.juryCompetitions.map((c: { id: string }) => c.id)).not.toContain(
          f.competitionGid,
        );
      else expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(outsider));
    });
  }
});
