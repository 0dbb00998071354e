import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import {
  createCompetition,
  fullInput,
  referenceIds,
  SUBMISSION_FIELDS,
  words,
} from './submission-fixture.js';

let server: RunningServer;
let secretariat: Client;
let secretariat2: Client;
let jury: Client;
let open: { id: string; globalId: string };
let ids: { areas: string[]; institution: string };

const CREATE = `mutation($c: ID!, $input: SubmissionInput!, $submit: Boolean) {
  createSubmission(competitionId: $c, input: $input, submit: $submit) { ${SUBMISSION_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $v: Int!, $input: SubmissionInput!, $submit: Boolean) {
  saveSubmission(id: $id, expectedVersion: $v, input: $input, submit: $submit) { ${SUBMISSION_FIELDS} } }`;
const WITHDRAW = `mutation($ids: [ID!]!, $w: Boolean!) {
  setSubmissionsWithdrawn(ids: $ids, withdrawn: $w) { id status version } }`;

const errorOf = (res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0];

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  open = await createCompetition(server, 'OPEN', 2041);
  ids = await referenceIds(server);
  const staff = await createUser(server, ['SECRETARIAT'], 'Sam Secretariat');
  const staff2 = await createUser(server, ['SECRETARIAT'], 'Sue Secretariat');
  const juror = await createUser(server, ['JURY'], 'Jo Jury');
  secretariat = new Client(server);
  await secretariat.signIn(staff.email);
  secretariat2 = new Client(server);
  await secretariat2.signIn(staff2.email);
  jury = new Client(server);
  await jury.signIn(juror.email);
});

afterAll(async () => {
  await server?.close();
});

describe('submissions: the rules of the form', () => {
  it('saves a draft with only a title and an institution', async () => {
    const res = await secretariat.query(CREATE, {
      c: open.globalId,
      input: { title: 'Working title', institutionId: ids.institution, summary: words(400) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createSubmission).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('refuses a summary of more than 180 words when submitting, naming the field', async () => {
    const input = { ...fullInput(ids, 'Too long a summary'), summary: words(181) };
    const error = errorOf(
      await secretariat.query(CREATE, { c: open.globalId, input, submit: true }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    expect(error?.message).toBe('The summary has 181 words; at most 180 are allowed.');
  });

  it('refuses more than 1,500 words in all', async () => {
    const input = fullInput(ids, 'Too long in all');
    input.sections[1] = { key: 'approach', body: words(1400) };
    const error = errorOf(
      await secretariat.query(CREATE, { c: open.globalId, input, submit: true }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'total' });
  });

  it('wants 1 to 3 priority areas, from the competition list only', async () => {
    const none = { ...fullInput(ids, 'No area'), priorityAreaIds: [] };
    expect(
      errorOf(await secretariat.query(CREATE, { c: open.globalId, input: none, submit: true }))
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priorityAreaIds' });
    const four = { ...fullInput(ids, 'Four areas'), priorityAreaIds: ids.areas.slice(0, 4) };
    expect(
      errorOf(await secretariat.query(CREATE, { c: open.globalId, input: four, submit: true }))
        ?.message,
    ).toBe('Choose at most 3 priority areas.');
    const [other] = await server.database.dataSource.query(
      `INSERT INTO priority_area (slug, name) VALUES ('not-in-the-list', 'Not in the list') RETURNING id`,
    );
    const foreign = {
      ...fullInput(ids, 'Foreign area'),
      priorityAreaIds: [toGlobalId('PriorityArea', other.id)],
    };
    expect(
      errorOf(await secretariat.query(CREATE, { c: open.globalId, input: foreign, submit: true }))
        ?.message,
    ).toBe("Choose priority areas from the competition's list.");
  });

  it('submits a complete entry with every field of the form, audited', async () => {
    const res = await secretariat.query(CREATE, {
      c: open.globalId,
      input: fullInput(ids, 'Comprehensive e-services'),
      submit: true,
    });
    expect(res.errors).toBeUndefined();
    const entry = res.data.createSubmission;
    expect(entry).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      inOperationSince: 2015,
      institutionName: 'Iranian Social Security Organization',
      countryCode: 'IR',
      priorityAreaIds: ids.areas.slice(0, 2),
      successFactors: ['Good team work.', 'Good interaction with social partners.'],
      risks: ['Infrastructure requirements.'],
    });
    expect(entry.sections.map((s: { key: string }) => s.key)).toEqual([
      'issue',
      'approach',
      'targets',
      'evaluation',
      'lessons',
    ]);
    expect(entry.figures[0]).toEqual({
      group: 'Electronic inspection',
      label: 'Number of inspections',
      value: null,
      before: 278000,
      after: 336000,
      unit: null,
    });
    const [audit] = await server.database.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'Practice' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.action).toBe('entry.create');
  });

  it('refuses the same title twice for one institution', async () => {
    const error = errorOf(
      await secretariat.query(CREATE, {
        c: open.globalId,
        input: fullInput(ids, 'Comprehensive e-services'),
        submit: true,
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });
});

describe('submissions: concurrent editing', () => {
  it('refuses the second of two saves based on the same version, with the current entry', async () => {
    const created = (
      await secretariat.query(CREATE, {
        c: open.globalId,
        input: fullInput(ids, 'Edited by two'),
        submit: true,
      })
    ).data.createSubmission;
    const first = await secretariat.query(SAVE, {
      id: created.id,
      v: 1,
      input: { ...fullInput(ids, 'Edited by two'), summary: 'First editor’s summary.' },
    });
    expect(first.data.saveSubmission).toMatchObject({ version: 2 });
    const second = await secretariat2.query(SAVE, {
      id: created.id,
      v: 1,
      input: { ...fullInput(ids, 'Edited by two'), summary: 'Second editor’s summary.' },
    });
    const error = errorOf(second);
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.current).toMatchObject({
      id: created.id,
      version: 2,
      summary: 'First editor’s summary.',
    });
    const now = await secretariat.query(
      `query($id: ID!) { submission(id: $id) { summary version } }`,
      {
        id: created.id,
      },
    );
    expect(now.data.submission).toEqual({ summary: 'First editor’s summary.', version: 2 });
  });
});

describe('submissions: withdrawal and closed competitions', () => {
  it('withdraws an entry without losing it and restores it', async () => {
    const created = (
      await secretariat.query(CREATE, {
        c: open.globalId,
        input: fullInput(ids, 'To be withdrawn'),
        submit: true,
      })
    ).data.createSubmission;
    const withdrawn = await secretariat.query(WITHDRAW, { ids: [created.id], w: true });
    expect(withdrawn.data.setSubmissionsWithdrawn).toEqual([
      { id: created.id, status: 'WITHDRAWN', version: 2 },
    ]);
    const kept = await secretariat.query(
      `query($id: ID!) { submission(id: $id) { status title summary } }`,
      { id: created.id },
    );
    expect(kept.data.submission).toMatchObject({ status: 'WITHDRAWN', title: 'To be withdrawn' });
    const restored = await secretariat.query(WITHDRAW, { ids: [created.id], w: false });
    expect(restored.data.setSubmissionsWithdrawn[0]).toMatchObject({
      status: 'SUBMITTED',
      version: 3,
    });
  });

  it('accepts new entries only while the competition is open, but lets the secretariat correct later', async () => {
    const judging = await createCompetition(server, 'JUDGING', 2042);
    const refused = errorOf(
      await secretariat.query(CREATE, {
        c: judging.globalId,
        input: fullInput(ids, 'Too late'),
        submit: true,
      }),
    );
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'competitionId' });
    expect(refused?.message).toMatch(/not open for entries/);

    const created = (
      await secretariat.query(CREATE, {
        c: open.globalId,
        input: fullInput(ids, 'Corrected later'),
        submit: true,
      })
    ).data.createSubmission;
    await server.database.dataSource.query(
      `UPDATE competition SET status = 'JUDGING' WHERE id = $1`,
      [open.id],
    );
    try {
      const corrected = await secretariat.query(SAVE, {
        id: created.id,
        v: 1,
        input: { ...fullInput(ids, 'Corrected later'), summary: 'A corrected summary.' },
      });
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data.saveSubmission).toMatchObject({ summary: 'A corrected summary.' });
    } finally {
      await server.database.dataSource.query(
        `UPDATE competition SET status = 'OPEN' WHERE id = $1`,
        [open.id],
      );
    }
  });
});

describe('submissions: withdrawal and restore follow the phase of the competition', () => {
  const setStatus = (id: string, status: string) =>
    server.database.dataSource.query(`UPDATE competition SET status = $2 WHERE id = $1`, [
      id,
      status,
    ]);

  it('withdraws while judging, but restores only while the competition is open', async () => {
    const competition = await createCompetition(server, 'OPEN', 2043);
    const create = async (title: string) =>
      (
        await secretariat.query(CREATE, {
          c: competition.globalId,
          input: fullInput(ids, title),
          submit: true,
        })
      ).data.createSubmission as { id: string };
    const kept = await create('Withdrawn while open');
    const judged = await create('Withdrawn while judging');
    await secretariat.query(WITHDRAW, { ids: [kept.id], w: true });

    await setStatus(competition.id, 'JUDGING');
    const withdrawn = await secretariat.query(WITHDRAW, { ids: [judged.id], w: true });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.setSubmissionsWithdrawn[0]).toMatchObject({ status: 'WITHDRAWN' });
    const restoreInJudging = errorOf(
      await secretariat.query(WITHDRAW, { ids: [kept.id], w: false }),
    );
    expect(restoreInJudging?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(restoreInJudging?.message).toBe(
      'Europe 2043 is judging: entries can be restored only while it is open for entries.',
    );

    for (const status of ['DECIDED', 'PUBLISHED']) {
      await setStatus(competition.id, status);
      const restore = errorOf(await secretariat.query(WITHDRAW, { ids: [kept.id], w: false }));
      expect(restore?.message).toBe(
        `Europe 2043 is ${status.toLowerCase()}: entries can be restored only while it is open for entries.`,
      );
      const withdraw = errorOf(
        await secretariat.query(WITHDRAW, { ids: [judged.id, kept.id], w: true }),
      );
      expect(withdraw).toBeUndefined();
    }
    const statuses = await server.database.dataSource.query(
      `SELECT title, status FROM practice WHERE competition_id = $1 ORDER BY title`,
      [competition.id],
    );
    expect(statuses).toEqual([
      { title: 'Withdrawn while judging', status: 'WITHDRAWN' },
      { title: 'Withdrawn while open', status: 'WITHDRAWN' },
    ]);
    // Nothing of it reaches the public, even once the competition is published.
    const anonymous = new Client(server);
    const practice = await anonymous.query(`{ practice(slug: "withdrawn-while-open") { title } }`);
    expect(practice.data.practice).toBeNull();
  });

  it('refuses to withdraw entries of a decided competition', async () => {
    const competition = await createCompetition(server, 'OPEN', 2044);
    const created = (
      await secretariat.query(CREATE, {
        c: competition.globalId,
        input: fullInput(ids, 'Decided entry'),
        submit: true,
      })
    ).data.createSubmission as { id: string };
    await setStatus(competition.id, 'DECIDED');
    const error = errorOf(await secretariat.query(WITHDRAW, { ids: [created.id], w: true }));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(error?.message).toBe(
      'Europe 2044 is decided: entries can be withdrawn only while it is open for entries or being judged.',
    );
  });
});

describe('submissions: who may see and change them', () => {
  it('refuses anonymous callers and jury members', async () => {
    const anonymous = new Client(server);
    const input = fullInput(ids, 'Not allowed');
    expect(
      errorOf(await anonymous.query(CREATE, { c: open.globalId, input }))?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(errorOf(await jury.query(CREATE, { c: open.globalId, input }))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const list = `query($c: ID!) { submissions(competitionId: $c) { totalCount } }`;
    expect(errorOf(await anonymous.query(list, { c: open.globalId }))?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await jury.query(list, { c: open.globalId }))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('never shows an unpublished entry in the public practices', async () => {
    const anonymous = new Client(server);
    const res = await anonymous.query(
      `{ practices(query: "\\"Comprehensive e-services\\"") { nodes { title competition { year } } } practice(slug: "edited-by-two") { title } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(
      res.data.practices.nodes.filter(
        (n: { competition: { year: number } }) => n.competition.year === 2041,
      ),
    ).toEqual([]);
    expect(res.data.practice).toBeNull();
  });
});
