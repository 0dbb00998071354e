import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
let secretariat: Client;
let jury: Client;
let korea: { id: string };
let japan: { id: string };

const FIELDS = `id slug name acronym countryCode version entryCount`;
const CREATE = `mutation($input: InstitutionInput!) { createInstitution(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: InstitutionInput!, $v: Int!) {
  updateInstitution(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const MERGE = `mutation($d: ID!, $i: ID!) { mergeInstitution(duplicateId: $d, intoId: $i) { ${FIELDS} } }`;
const db = () => server.database.dataSource;
const localId = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  secretariat = new Client(server);
  await secretariat.signIn((await createUser(server, ['SECRETARIAT'])).email);
  jury = new Client(server);
  await jury.signIn((await createUser(server, ['JURY'])).email);
  const countries = (await secretariat.query(`{ managedCountries { id code } }`)).data
    .managedCountries;
  korea = countries.find((c: { code: string }) => c.code === 'KR');
  japan = countries.find((c: { code: string }) => c.code === 'IR');
});

afterAll(async () => {
  await server?.close();
});

describe('institutions', () => {
  it('are managed by the secretariat only', async () => {
    expect(
      (await new Client(server).query(`{ managedInstitutions { id } }`)).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await jury.query(`{ managedInstitutions { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const res = await jury.query(CREATE, { input: { name: 'X', countryId: korea.id } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists every institution with its entries, searchable', async () => {
    const res = await secretariat.query(
      `{ managedInstitutions(search: "national pension") { name countryCode entryCount } }`,
    );
    expect(res.data.managedInstitutions).toContainEqual(
      expect.objectContaining({ name: 'National Pension Service', countryCode: 'KR' }),
    );
  });

  it('refuses the same name in the same country, whatever the case or spacing', async () => {
    const res = await secretariat.query(CREATE, {
      input: { name: '  national   PENSION service ', countryId: korea.id },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      existing: { name: 'National Pension Service' },
    });
    expect(res.errors?.[0]?.message).toBe(
      'Republic of Korea already has an institution named “National Pension Service”.',
    );
    const elsewhere = await secretariat.query(CREATE, {
      input: { name: 'National Pension Service', countryId: japan.id },
    });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data.createInstitution).toMatchObject({
      slug: 'national-pension-service-2',
      countryCode: 'IR',
    });
  });

  it('keeps the rule in the database too, whatever writes', async () => {
    const [kr] = await db().query(`SELECT id FROM country WHERE code = 'KR'`);
    await expect(
      db().query(
        `INSERT INTO institution (slug, name, country_id) VALUES ('dup-x', 'NATIONAL pension  service', $1)`,
        [kr.id],
      ),
    ).rejects.toThrow(/UQ_institution_country_normalized_name/);
  });

  it('edits over the version read, refusing duplicates and stale versions', async () => {
    const created = (
      await secretariat.query(CREATE, {
        input: { name: 'Korea Workers Comp', acronym: 'KWC', countryId: korea.id },
      })
    ).data.createInstitution;
    const dup = await secretariat.query(UPDATE, {
      id: created.id,
      input: { name: 'national pension service', countryId: korea.id },
      v: 1,
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ field: 'name' });
    const saved = await secretariat.query(UPDATE, {
      id: created.id,
      input: { name: 'Korea Workers’ Compensation', acronym: 'KWC', countryId: korea.id },
      v: 1,
    });
    expect(saved.data.updateInstitution).toMatchObject({
      slug: 'korea-workers-compensation',
      version: 2,
    });
    const stale = await secretariat.query(UPDATE, {
      id: created.id,
      input: { name: 'Other', countryId: korea.id },
      v: 1,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((stale.errors?.[0]?.extensions as any).current).toMatchObject({ version: 2 });
  });

  it('merges a duplicate into another: its entries move, it goes, in one audited transaction', async () => {
    const [nps] = await db().query(
      `SELECT id FROM institution WHERE slug = 'national-pension-service'`,
    );
    const [kr] = await db().query(`SELECT id FROM country WHERE code = 'KR'`);
    const [dup] = await db().query(
      `INSERT INTO institution (slug, name, country_id) VALUES ('nps-korea', 'NPS Korea', $1) RETURNING id`,
      [kr.id],
    );
    const [competition] = await db().query(
      `SELECT id FROM competition WHERE slug = 'asia-and-the-pacific-2018'`,
    );
    await db().query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, status, version)
       VALUES ('merge-one', $1, $2, 'Merge one', 'DRAFT', 1), ('merge-two', $1, $2, 'Merge two', 'DRAFT', 1)`,
      [competition.id, dup.id],
    );
    const before = (
      await secretariat.query(
        `{ managedInstitutions(search: "National Pension Service") { id entryCount countryCode } }`,
      )
    ).data.managedInstitutions.find((i: { countryCode: string }) => i.countryCode === 'KR');
    const dupId = Buffer.from(`Institution:${dup.id}`).toString('base64url');

    const otherCountry = (
      await secretariat.query(CREATE, { input: { name: 'Iran Pension', countryId: japan.id } })
    ).data.createInstitution;
    const refused = await secretariat.query(MERGE, { d: dupId, i: otherCountry.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'intoId',
    });

    const res = await secretariat.query(MERGE, { d: dupId, i: before.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeInstitution.entryCount).toBe(before.entryCount + 2);
    expect(await db().query(`SELECT id FROM institution WHERE id = $1`, [dup.id])).toEqual([]);
    const moved = await db().query(
      `SELECT count(*)::int AS n FROM practice WHERE slug IN ('merge-one', 'merge-two') AND institution_id = $1`,
      [nps.id],
    );
    expect(moved[0].n).toBe(2);
    const [audit] = await db().query(
      `SELECT action, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [localId(before.id)],
    );
    expect(audit).toMatchObject({
      action: 'institution.merge',
      after: { moved: { 'practice.institution_id': 2 } },
    });
  });
});

describe('countries', () => {
  it('refuse a code or name already recorded, and keep to the version read', async () => {
    const CREATE_COUNTRY = `mutation($input: CountryInput!) { createCountry(input: $input) { id code name sortName version } }`;
    const dupCode = await secretariat.query(CREATE_COUNTRY, {
      input: { code: 'kr', name: 'Korea again', region: 'ASIA_PACIFIC' },
    });
    expect(dupCode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    const dupName = await secretariat.query(CREATE_COUNTRY, {
      input: { code: 'ZZ', name: 'republic of  korea', region: 'ASIA_PACIFIC' },
    });
    expect(dupName.errors?.[0]?.extensions).toMatchObject({ field: 'name' });
    const bad = await secretariat.query(CREATE_COUNTRY, {
      input: { code: 'K', name: 'K', region: 'EUROPE' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'code' });
    const created = await secretariat.query(CREATE_COUNTRY, {
      input: { code: 'pt', name: 'Portugal', region: 'EUROPE' },
    });
    expect(created.data.createCountry).toMatchObject({
      code: 'PT',
      name: 'Portugal',
      sortName: 'Portugal',
      version: 1,
    });
    const UPDATE_COUNTRY = `mutation($id: ID!, $input: CountryInput!, $v: Int!) { updateCountry(id: $id, input: $input, expectedVersion: $v) { name version } }`;
    const id = created.data.createCountry.id;
    const saved = await secretariat.query(UPDATE_COUNTRY, {
      id,
      input: { code: 'PT', name: 'Portuguese Republic', sortName: 'Portugal', region: 'EUROPE' },
      v: 1,
    });
    expect(saved.data.updateCountry).toEqual({ name: 'Portuguese Republic', version: 2 });
    const stale = await secretariat.query(UPDATE_COUNTRY, {
      id,
      input: { code: 'PT', name: 'Portugal', region: 'EUROPE' },
      v: 1,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const actions = (
      await db().query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
        localId(id),
      ])
    ).map((a: { action: string }) => a.action);
    expect(actions).toEqual(['country.create', 'country.update']);
    expect((await jury.query(`{ managedCountries { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
