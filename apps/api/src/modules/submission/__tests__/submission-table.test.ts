import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readXlsx } from '../../../http/tabular.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { createCompetition, fullInput, referenceIds } from './submission-fixture.js';

let server: RunningServer;
let secretariat: Client;
let jury: Client;
let competition: { id: string; globalId: string };
let ids: { areas: string[]; institution: string };
const created: string[] = [];

const PAGE = `query($c: ID!, $f: SubmissionFilter, $s: SubmissionSort, $d: Boolean, $first: Int, $offset: Int) {
  submissions(competitionId: $c, filter: $f, sort: $s, descending: $d, first: $first, offset: $offset) {
    totalCount offset nodes { id title status countryCode institutionName priorityAreas outcome words } } }`;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  competition = await createCompetition(server, 'OPEN', 2061);
  ids = await referenceIds(server);
  const staff = await createUser(server, ['SECRETARIAT']);
  secretariat = new Client(server);
  await secretariat.signIn(staff.email);
  const juror = await createUser(server, ['JURY']);
  jury = new Client(server);
  await jury.signIn(juror.email);
  for (const [i, title] of [
    'Alpha pensions',
    'Beta benefits',
    '=Gamma formula',
    'Delta draft',
  ].entries()) {
    const input = { ...fullInput(ids, title), priorityAreaIds: [ids.areas[i % 2]!] };
    const res = await secretariat.query(
      `mutation($c: ID!, $input: SubmissionInput!, $submit: Boolean) {
        createSubmission(competitionId: $c, input: $input, submit: $submit) { id } }`,
      { c: competition.globalId, input, submit: i < 3 },
    );
    created.push(res.data.createSubmission.id);
  }
  await secretariat.query(
    `mutation($ids: [ID!]!) { setSubmissionsWithdrawn(ids: $ids, withdrawn: true) { id } }`,
    { ids: [created[1]] },
  );
});

afterAll(async () => {
  await server?.close();
});

const titles = (res: any) => res.data.submissions.nodes.map((n: { title: string }) => n.title);

describe('the entries table', () => {
  it('pages and sorts on the server', async () => {
    const first = await secretariat.query(PAGE, { c: competition.globalId, first: 2, s: 'TITLE' });
    expect(first.data.submissions.totalCount).toBe(4);
    expect(titles(first)).toEqual(['=Gamma formula', 'Alpha pensions']);
    const second = await secretariat.query(PAGE, {
      c: competition.globalId,
      first: 2,
      offset: 2,
      s: 'TITLE',
    });
    expect(titles(second)).toEqual(['Beta benefits', 'Delta draft']);
    const desc = await secretariat.query(PAGE, { c: competition.globalId, s: 'TITLE', d: true });
    expect(titles(desc)[0]).toBe('Delta draft');
  });

  it('reads a page in the same few statements whatever its size (no query per row)', async () => {
    const count = async (first: number) => {
      const statements: string[] = [];
      const stop = server.database.sqlLog.observe((sql) => statements.push(sql));
      const res = await secretariat.query(PAGE, { c: competition.globalId, first });
      stop();
      expect(res.errors).toBeUndefined();
      return statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|START)/i.test(sql)).length;
    };
    expect(await count(1)).toBe(await count(4));
  });

  it('filters by status, priority area, country, outcome and search', async () => {
    const page = (f: Record<string, unknown>) =>
      secretariat.query(PAGE, { c: competition.globalId, f });
    expect(titles(await page({ statuses: ['WITHDRAWN'] }))).toEqual(['Beta benefits']);
    expect(titles(await page({ statuses: ['DRAFT'] }))).toEqual(['Delta draft']);
    expect(titles(await page({ priorityAreaIds: [ids.areas[0]] }))).toEqual([
      '=Gamma formula',
      'Alpha pensions',
    ]);
    expect((await page({ countryCodes: ['ir'] })).data.submissions.totalCount).toBe(4);
    expect((await page({ countryCodes: ['KR'] })).data.submissions.totalCount).toBe(0);
    expect(titles(await page({ search: 'pens' }))).toEqual(['Alpha pensions']);
    expect((await page({ undecided: true })).data.submissions.totalCount).toBe(4);
    expect((await page({ outcomes: ['AWARD'] })).data.submissions.totalCount).toBe(0);
    const bad = await page({ institutionIds: ['nope'] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'institutionIds',
    });
  });

  it('exports the current view as CSV and XLSX, formula-safe, to the secretariat only', async () => {
    const url = `${server.url}/console-api/competitions/${competition.globalId}/entries`;
    const csv = await fetch(`${url}.csv?status=SUBMITTED&sort=TITLE`, {
      headers: { cookie: secretariat.cookie! },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/europe-2061-entries\.csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const table = readCsv(text);
    expect(table.rows.map((r) => r.cells.Title)).toEqual(['=Gamma formula', 'Alpha pensions']);
    expect(text).toContain("'=Gamma formula");

    const xlsx = await fetch(`${url}.xlsx?search=alpha`, {
      headers: { cookie: secretariat.cookie! },
    });
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet.rows.map((r) => r.cells.Title)).toEqual(['Alpha pensions']);
    expect(sheet.rows[0]!.cells.Status).toBe('SUBMITTED');

    expect((await fetch(`${url}.csv`)).status).toBe(401);
    expect((await fetch(`${url}.csv`, { headers: { cookie: jury.cookie! } })).status).toBe(403);
    expect(
      (await fetch(`${url}.csv?status=NOPE`, { headers: { cookie: secretariat.cookie! } })).status,
    ).toBe(400);
  });

  it('withdraws and restores several entries at once', async () => {
    const res = await secretariat.query(
      `mutation($ids: [ID!]!, $w: Boolean!) { setSubmissionsWithdrawn(ids: $ids, withdrawn: $w) { title status } }`,
      { ids: [created[1], created[3]], w: false },
    );
    // Beta was submitted before it was withdrawn; Delta is an unfinished draft and stays one.
    expect(res.data.setSubmissionsWithdrawn).toEqual([
      { title: 'Beta benefits', status: 'SUBMITTED' },
      { title: 'Delta draft', status: 'DRAFT' },
    ]);
  });
});
