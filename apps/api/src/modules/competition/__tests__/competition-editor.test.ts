import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
let secretariat: Client;
let jury: Client;
let anonymous: Client;
let ap2018: { id: string; version: number; priorityAreas: { id: string }[] };

const FIELDS = `id slug title region year status version trienniumStartYear trienniumEndYear forumName
  forumPlace forumDate submissionDeadline introduction juryIntroduction portalNote entryCount
  priorityAreas { id slug }`;
const CREATE = `mutation($input: CompetitionInput!) { createCompetition(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CompetitionInput!, $v: Int!) {
  updateCompetition(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const FROM = `mutation($source: ID!, $year: Int!, $region: Region) {
  createCompetitionFrom(sourceId: $source, year: $year, region: $region) { ${FIELDS} } }`;

const auditRows = (entityId: string) =>
  server.database.dataSource.query(
    `SELECT action, actor_id AS "actorId", before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  );
const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  secretariat = new Client(server);
  await secretariat.signIn((await createUser(server, ['SECRETARIAT'])).email);
  jury = new Client(server);
  await jury.signIn((await createUser(server, ['JURY'])).email);
  anonymous = new Client(server);
  const res = await secretariat.query(`{ managedCompetitions { ${FIELDS} } }`);
  ap2018 = res.data.managedCompetitions.find(
    (c: { slug: string }) => c.slug === 'asia-and-the-pacific-2018',
  );
});

afterAll(async () => {
  await server?.close();
});

const input = (over: Record<string, unknown> = {}) => ({
  region: 'EUROPE',
  year: 2031,
  trienniumStartYear: 2029,
  priorityAreaIds: ap2018.priorityAreas.slice(0, 3).map((a) => a.id),
  forumName: 'Regional Social Security Forum for Europe',
  forumPlace: 'Lisbon',
  forumDate: '2031-05-20',
  submissionDeadline: '2031-01-31',
  introduction: 'The programme recognizes good practices.',
  juryIntroduction: 'The jury had three members.',
  ...over,
});

describe('creating and editing competitions', () => {
  it('refuses anonymous callers and jury members', async () => {
    const anon = await anonymous.query(CREATE, { input: input() });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const juror = await jury.query(CREATE, { input: input() });
    expect(juror.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await jury.query(UPDATE, { id: ap2018.id, input: input(), v: ap2018.version });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a draft competition with a new triennium and its priority areas, audited', async () => {
    const res = await secretariat.query(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    const created = res.data.createCompetition;
    expect(created).toMatchObject({
      slug: 'europe-2031',
      title: 'Europe 2031',
      status: 'DRAFT',
      version: 1,
      trienniumStartYear: 2029,
      trienniumEndYear: 2031,
      forumDate: '2031-05-20',
      submissionDeadline: '2031-01-31',
      entryCount: 0,
    });
    expect(created.priorityAreas.map((a: { id: string }) => a.id)).toEqual(
      ap2018.priorityAreas.slice(0, 3).map((a) => a.id),
    );
    const [audit] = await auditRows(localId(created.id));
    expect(audit).toMatchObject({ action: 'competition.create' });
    expect(audit.actorId).toBeTruthy();
  });

  it('refuses a second competition for the same region and year, on the year field', async () => {
    const res = await secretariat.query(CREATE, { input: input() });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(res.errors?.[0]?.message).toBe('There is already a competition for Europe 2031.');
  });

  it('says which field is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 1990 }, 'year'],
      [{ trienniumStartYear: 2026 }, 'trienniumStartYear'],
      [{ priorityAreaIds: [] }, 'priorityAreaIds'],
      [{ forumDate: '2031-02-30' }, 'forumDate'],
      [{ submissionDeadline: '2031-06-01' }, 'submissionDeadline'],
      [{ forumName: 'x'.repeat(301) }, 'forumName'],
    ];
    for (const [over, field] of cases) {
      const res = await secretariat.query(CREATE, { input: input({ year: 2030, ...over }) });
      expect(res.errors?.[0]?.extensions, JSON.stringify(over)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it("keeps the 2018 triennium's priority areas: a published competition uses them", async () => {
    const res = await secretariat.query(CREATE, {
      input: input({
        region: 'AFRICA',
        year: 2019,
        trienniumStartYear: 2017,
        priorityAreaIds: ap2018.priorityAreas.slice(0, 2).map((a) => a.id),
      }),
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'priorityAreaIds' });
    expect(res.errors?.[0]?.message).toMatch(/fixed/);
  });

  it('saves over the version read, and refuses a stale one with the current state', async () => {
    const [current] = (
      await secretariat.query(`{ managedCompetitions { ${FIELDS} } }`)
    ).data.managedCompetitions.filter((c: { slug: string }) => c.slug === 'europe-2031');
    const saved = await secretariat.query(UPDATE, {
      id: current.id,
      input: input({ forumPlace: 'Porto' }),
      v: current.version,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateCompetition).toMatchObject({ forumPlace: 'Porto', version: 2 });
    const stale = await secretariat.query(UPDATE, {
      id: current.id,
      input: input({ forumPlace: 'Faro' }),
      v: current.version,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((stale.errors?.[0]?.extensions as any).current).toMatchObject({
      forumPlace: 'Porto',
      version: 2,
    });
    const actions = (await auditRows(localId(current.id))).map((a: { action: string }) => a.action);
    expect(actions).toEqual(['competition.create', 'competition.update']);
  });

  it("starts a new competition from the 2018 one's settings, without its entries or jury", async () => {
    const res = await secretariat.query(FROM, { source: ap2018.id, year: 2019 });
    expect(res.errors).toBeUndefined();
    const copy = res.data.createCompetitionFrom;
    const source = (
      await secretariat.query(`query($id: ID!) { managedCompetition(id: $id) { ${FIELDS} } }`, {
        id: ap2018.id,
      })
    ).data.managedCompetition;
    expect(copy).toMatchObject({
      title: 'Asia and the Pacific 2019',
      status: 'DRAFT',
      trienniumStartYear: 2017,
      forumName: source.forumName,
      introduction: source.introduction,
      juryIntroduction: source.juryIntroduction,
      forumDate: null,
      submissionDeadline: null,
      entryCount: 0,
    });
    expect(copy.priorityAreas).toEqual(source.priorityAreas);
    const jury = await secretariat.query(
      `query($id: ID!) { managedCompetition(id: $id) { jury { id } entries { id } } }`,
      { id: copy.id },
    );
    expect(jury.data.managedCompetition).toEqual({ jury: [], entries: [] });
    const [audit] = await auditRows(localId(copy.id));
    expect(audit.after.copiedFromId).toBe(localId(ap2018.id));
  });

  it('keeps the region and year of a published competition (its address is public)', async () => {
    const source = (
      await secretariat.query(`query($id: ID!) { managedCompetition(id: $id) { ${FIELDS} } }`, {
        id: ap2018.id,
      })
    ).data.managedCompetition;
    const res = await secretariat.query(UPDATE, {
      id: ap2018.id,
      input: {
        region: 'ASIA_PACIFIC',
        year: 2017,
        trienniumStartYear: 2017,
        priorityAreaIds: source.priorityAreas.map((a: { id: string }) => a.id),
      },
      v: source.version,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
