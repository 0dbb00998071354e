import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, toCsv, toXlsx } from '../../../http/tabular.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { createCompetition } from '../../submission/__tests__/submission-fixture.js';
import { IMPORT_COLUMNS } from '../import-columns.js';
import { parseImport } from '../import-parse.js';

let server: RunningServer;
let secretariat: Client;
let jury: Client;
let competition: { id: string; globalId: string };

const row = (n: number, overrides: Record<string, string> = {}) => ({
  title: `Imported practice ${n}`,
  institution: n % 2 ? 'Iranian Social Security Organization' : 'Caisse Nouvelle de Test',
  institution_acronym: n % 2 ? '' : 'CNT',
  country_code: n % 2 ? 'IR' : 'XK',
  country_name: n % 2 ? '' : 'Kosovo (test)',
  priority_areas: 'Information and Communication Technology; Service Quality',
  in_operation_since: '2016',
  summary: `Summary of practice ${n}.`,
  issue: 'An issue.',
  approach: 'An approach.',
  targets: 'Targets.',
  evaluation: 'An evaluation.',
  success_factor_1: 'Team work.',
  risk_1: 'Budget.',
  figures: 'Satisfaction: 97 per cent\nInspections: 278,000 -> 336,000',
  ...overrides,
});

const csv = (rows: Record<string, string>[]) =>
  toCsv(
    IMPORT_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
    rows,
  );

async function upload(
  client: Client,
  filename: string,
  body: string | Buffer,
  dryRun: boolean,
  competitionId = competition.globalId,
) {
  const res = await fetch(
    `${server.url}/console-api/competitions/${competitionId}/import?filename=${filename}${dryRun ? '&dryRun=1' : ''}`,
    {
      method: 'POST',
      headers: { 'x-gpa-import': '1', ...(client.cookie ? { cookie: client.cookie } : {}) },
      body,
    },
  );
  return { status: res.status, body: (await res.json()) as any };
}

const count = async (sql: string, params: unknown[] = []) =>
  (await server.database.dataSource.query(sql, params))[0].n as number;
const entries = () =>
  count(`SELECT count(*)::int AS n FROM practice WHERE competition_id = $1`, [competition.id]);

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  competition = await createCompetition(server, 'OPEN', 2051);
  const staff = await createUser(server, ['SECRETARIAT']);
  secretariat = new Client(server);
  await secretariat.signIn(staff.email);
  const juror = await createUser(server, ['JURY']);
  jury = new Client(server);
  await jury.signIn(juror.email);
});

afterAll(async () => {
  await server?.close();
});

describe('import', () => {
  const ten = Array.from({ length: 10 }, (_, i) => row(i + 1));
  const withBadRow = ten.map((r, i) =>
    i === 6
      ? {
          ...r,
          summary: Array.from({ length: 181 }, () => 'w').join(' '),
          priority_areas: 'Astrology',
        }
      : r,
  );

  it('reports every row and every error by row and column in a dry run, writing nothing', async () => {
    const res = await upload(secretariat, 'entries.csv', csv(withBadRow), true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'csv',
      dryRun: true,
      committed: false,
      totalRows: 10,
      validRows: 9,
      newCountries: ['XK'],
      newInstitutions: ['Caisse Nouvelle de Test (XK)'],
    });
    expect(res.body.rows[6]).toMatchObject({
      row: 8,
      ok: false,
      errors: [
        {
          column: 'priority_areas',
          message: '"Astrology" is not a priority area of this competition.',
        },
        { column: 'summary', message: 'The summary has 181 words; at most 180 are allowed.' },
      ],
    });
    expect(await entries()).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM country WHERE code = 'XK'`)).toBe(0);
  });

  it('writes nothing at all when one row is bad', async () => {
    const res = await upload(secretariat, 'entries.csv', csv(withBadRow), false);
    expect(res.status).toBe(422);
    expect(res.body.committed).toBe(false);
    expect(await entries()).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM institution WHERE name = 'Caisse Nouvelle de Test'`,
      ),
    ).toBe(0);
  });

  it('imports all ten rows in one go once fixed, creating the country and institution', async () => {
    const res = await upload(secretariat, 'entries.csv', csv(ten), false);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, created: 10, validRows: 10 });
    expect(await entries()).toBe(10);
    const [figure] = await server.database.dataSource.query(
      `SELECT f.before_value AS before, f.after_value AS after FROM practice_figure f
         JOIN practice p ON p.id = f.practice_id WHERE p.title = 'Imported practice 1' AND f.position = 2`,
    );
    expect(figure).toEqual({ before: 278000, after: 336000 });
    const [institution] = await server.database.dataSource.query(
      `SELECT i.acronym, c.name, c.region FROM institution i JOIN country c ON c.id = i.country_id
        WHERE i.name = 'Caisse Nouvelle de Test'`,
    );
    expect(institution).toEqual({ acronym: 'CNT', name: 'Kosovo (test)', region: 'EUROPE' });
  });

  it('refuses rows already imported, naming them', async () => {
    const res = await upload(secretariat, 'again.csv', csv([row(1)]), true);
    expect(res.body.rows[0].errors).toEqual([
      {
        column: 'title',
        message: 'This institution already has an entry with this title in the competition.',
      },
    ]);
  });

  it('reads XLSX files and the seed format', async () => {
    const xlsx = await toXlsx(
      'Entries',
      IMPORT_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
      [row(11), row(12)],
    );
    const fromXlsx = await upload(secretariat, 'entries.xlsx', xlsx, true);
    expect(fromXlsx.body).toMatchObject({ format: 'xlsx', totalRows: 2, validRows: 2 });

    const seed = {
      entries: [
        {
          title: 'Seeded practice',
          institution: 'Iranian Social Security Organization',
          countryCode: 'IR',
          priorityAreas: ['Service Quality'],
          summary: 'A summary.',
          inOperationSince: 2015,
          sections: { issue: 'I.', approach: 'A.', targets: 'T.', evaluation: 'E.' },
          successFactors: ['One.'],
        },
        { title: 'Broken', institution: 'Nowhere', countryCode: 'ir', priorityAreas: [] },
      ],
    };
    const fromSeed = await upload(secretariat, 'seed.json', JSON.stringify(seed), true);
    expect(fromSeed.body).toMatchObject({ format: 'seed', totalRows: 2, validRows: 1 });
    expect(fromSeed.body.rows[1].errors.map((e: { column: string }) => e.column)).toEqual([
      'entries[1].countryCode',
      'entries[1].priorityAreas',
    ]);
  });

  it('reports missing columns and closed competitions for the whole file', async () => {
    const res = await upload(secretariat, 'x.csv', 'name,colour\r\nA,blue\r\n', true);
    expect(res.body.fileErrors[0]).toMatch(/^Missing columns: title, institution, country_code/);
    const closed = await createCompetition(server, 'DECIDED', 2052);
    const late = await upload(secretariat, 'entries.csv', csv([row(30)]), false, closed.globalId);
    expect(late.status).toBe(422);
    expect(late.body.fileErrors).toEqual(['Europe 2052 is not open for entries (it is decided).']);
  });

  it('refuses anonymous callers and jury members', async () => {
    expect((await upload(new Client(server), 'e.csv', csv(ten), true)).status).toBe(401);
    expect((await upload(jury, 'e.csv', csv(ten), true)).status).toBe(403);
  });

  it('offers a template whose columns it reads back', async () => {
    const res = await fetch(`${server.url}/console-api/import-template.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/entries-import-template\.csv/);
    const table = readCsv(await res.text());
    expect(table.headers).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    const dry = await upload(secretariat, 'template.csv', csv([table.rows[0]!.cells]), true);
    expect(dry.body.rows[0].errors).toEqual([]);
  });
});

describe('import: names as the console compares them', () => {
  it('matches an existing institution whatever its spacing and case, and imports', async () => {
    const rows = [
      row(41, { institution: 'Iranian Social  Security Organization' }),
      row(43, { institution: '  iranian social security   ORGANIZATION ' }),
    ];
    const dry = await upload(secretariat, 'e.csv', csv(rows), true);
    expect(dry.body).toMatchObject({ validRows: 2, newInstitutions: [] });
    const res = await upload(secretariat, 'e.csv', csv(rows), false);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, created: 2 });
    const institutions = await server.database.dataSource.query(
      `SELECT DISTINCT i.name FROM practice p JOIN institution i ON i.id = p.institution_id
        WHERE p.title = ANY($1::text[])`,
      [rows.map((r) => r.title)],
    );
    expect(institutions).toEqual([{ name: 'Iranian Social Security Organization' }]);
  });

  it('creates a new institution once, under its tidied name, whatever the spacing of its rows', async () => {
    const rows = [
      row(45, { institution: 'Caisse  Sociale  Nouvelle', country_code: 'IR' }),
      row(47, { institution: 'caisse sociale nouvelle', country_code: 'IR' }),
    ];
    const res = await upload(secretariat, 'e.csv', csv(rows), false);
    expect(res.body).toMatchObject({
      committed: true,
      newInstitutions: ['Caisse Sociale Nouvelle (IR)'],
    });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM institution WHERE lower(name) = 'caisse sociale nouvelle'`,
      ),
    ).toBe(1);
  });

  it('applies the console rules to new institutions and countries, as row errors', async () => {
    const res = await upload(
      secretariat,
      'e.csv',
      csv([
        row(51, { institution: 'N'.repeat(301), country_code: 'IR' }),
        row(53, {
          institution: 'Short name',
          institution_acronym: 'A'.repeat(31),
          country_code: 'IR',
        }),
        row(52, { country_code: 'QZ', country_name: 'C'.repeat(201) }),
      ]),
      true,
    );
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { errors: unknown }) => r.errors)).toEqual([
      [{ column: 'institution', message: 'At most 300 characters.' }],
      [{ column: 'institution_acronym', message: 'At most 30 characters.' }],
      [{ column: 'country_name', message: 'At most 200 characters.' }],
    ]);
  });

  it('answers a unique violation met while writing with BAD_USER_INPUT, writing nothing', async () => {
    const db = server.database.dataSource;
    // Stands for a row someone else wrote between the checks and the insert.
    await db.query(
      `CREATE UNIQUE INDEX "UQ_test_import_race" ON practice (summary) WHERE summary = 'Raced.'`,
    );
    try {
      const before = await entries();
      const res = await upload(
        secretariat,
        'e.csv',
        csv([row(61, { summary: 'Raced.' }), row(63, { summary: 'Raced.' })]),
        false,
      );
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/meanwhile; run the dry run again/),
      });
      expect(await entries()).toBe(before);
    } finally {
      await db.query(`DROP INDEX "UQ_test_import_race"`);
    }
  });
});

describe('import: files that try to hold the process', () => {
  it('refuses a body over 10 MB with a clear 413', async () => {
    const res = await upload(secretariat, 'e.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), true);
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toEqual({
      message: 'The file is larger than 10 MB; import its entries in several files.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('reads a figure with a long run of spaces at once', async () => {
    const cells = { ...row(71), figures: `label: 1${' '.repeat(20_000)}x` };
    const started = performance.now();
    const parsed = await parseImport('csv', Buffer.from(csv([cells])));
    expect(performance.now() - started).toBeLessThan(500);
    expect(parsed.rows[0]?.figures).toEqual([{ label: 'label', value: `1${' '.repeat(20_000)}x` }]);
    const pair = await parseImport(
      'csv',
      Buffer.from(csv([{ ...row(72), figures: 'Inspections: 278 000 -> 336,000 per year' }])),
    );
    expect(pair.rows[0]?.figures).toEqual([
      { label: 'Inspections', before: 278000, after: 336000, unit: 'per year' },
    ]);
  });

  it('reads no more than 2,000 entries and says there are more', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => row(1000 + i));
    const parsed = await parseImport('csv', Buffer.from(csv(many)));
    expect(parsed.rows).toHaveLength(2000);
    expect(parsed.fileErrors).toEqual(['At most 2000 entries at a time.']);
  });
});
