import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';
import { explorerOperation } from './explorer-documents.js';

/**
 * The preview of a competition's public page, asked the way the explorer asks it: its own
 * CompetitionResults and CompetitionMoreEntries queries sent through competitionPreview.
 */
let server: RunningServer;
let secretariat: Client;
let jury: Client;
let competition: { id: string; version: number };
let localId: string;

const SLUG = 'europe-2037';
const PREVIEW = `query($id: ID!, $query: String, $variables: JSON) {
  competitionPreview(id: $id, query: $query, variables: $variables) }`;
/** The entries, each with a word no seeded practice has, in the booklet's order of outcomes. */
const ENTRIES = [
  { slug: 'quokka-pensions', title: 'Quokka pensions', outcome: 'AWARD', text: 'A model.' },
  {
    slug: 'quokka-sick-pay',
    title: 'Quokka sick pay',
    outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
    text: 'Remarkable.',
  },
  { slug: 'quokka-clinics', title: 'Quokka clinics', outcome: 'CERTIFICATE_OF_MERIT', text: null },
  { slug: 'quokka-kiosks', title: 'Quokka kiosks', outcome: 'ATTESTATION', text: null },
  { slug: 'quokka-letters', title: 'Quokka letters', outcome: 'ATTESTATION', text: null },
];

const db = () => server.database.dataSource;
const publicDataVersion = async () =>
  Number((await db().query(`SELECT version FROM public_data_version`))[0].version);
const competitionRow = async () =>
  (await db().query(`SELECT status, published_at FROM competition WHERE id = $1`, [localId]))[0];

const preview = (
  client: Client,
  query?: string,
  variables?: unknown,
  id: string = competition.id,
) => client.query(PREVIEW, { id, query, variables });

/** What an anonymous visitor is answered about the competition and its entries. */
const publicView = async () =>
  (
    await new Client(server).query(
      `{ competitionBySlug(slug: "${SLUG}") { id }
         practice(slug: "${ENTRIES[0]!.slug}") { id }
         practices(query: "quokka") { totalCount }
         competitions { slug } }`,
    )
  ).data;

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
        region: 'EUROPE',
        year: 2037,
        trienniumStartYear: 2035,
        priorityAreaIds: [areas[0].id],
        introduction: 'Entries from all over Europe.',
      },
    },
  );
  expect(res.errors).toBeUndefined();
  localId = Buffer.from(res.data.createCompetition.id, 'base64url').toString().split(':')[1]!;
  const [area] = await db().query(
    `SELECT priority_area_id AS id FROM triennium_priority_area tpa
       JOIN competition c ON c.triennium_id = tpa.triennium_id WHERE c.id = $1 LIMIT 1`,
    [localId],
  );
  const institutions = await db().query(`SELECT id FROM institution ORDER BY slug LIMIT 5`);
  for (const [i, entry] of ENTRIES.entries()) {
    const [practice] = await db().query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, status, version)
       VALUES ($1, $2, $3, $4, $5, 'SUBMITTED', 1) RETURNING id`,
      [entry.slug, localId, institutions[i].id, entry.title, `The summary of ${entry.title}.`],
    );
    await db().query(
      `INSERT INTO practice_priority_area (practice_id, priority_area_id, position) VALUES ($1, $2, 1)`,
      [practice.id, area.id],
    );
    await db().query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, $2, $3, 1)`,
      [practice.id, entry.outcome, entry.text],
    );
  }
  await db().query(`UPDATE competition SET status = 'DECIDED' WHERE id = $1`, [localId]);
  const { managedCompetition } = (
    await secretariat.query(`query($id: ID!) { managedCompetition(id: $id) { id version } }`, {
      id: res.data.createCompetition.id,
    })
  ).data;
  competition = managedCompetition;
});

afterAll(async () => {
  await server?.close();
});

/** Every entry, paged as the explorer pages them: one preview for each page. */
async function previewedEntries(first: number) {
  const res = await preview(secretariat, explorerOperation('CompetitionResults'), {
    slug: SLUG,
    first,
  });
  expect(res.errors).toBeUndefined();
  const page = res.data.competitionPreview.competitionBySlug;
  const nodes = [...page.entries.nodes];
  let { hasNextPage, endCursor } = page.entries.pageInfo;
  while (hasNextPage) {
    const more = await preview(secretariat, explorerOperation('CompetitionMoreEntries'), {
      slug: SLUG,
      first,
      after: endCursor,
    });
    expect(more.errors).toBeUndefined();
    const { entries } = more.data.competitionPreview.competitionBySlug;
    nodes.push(...entries.nodes);
    ({ hasNextPage, endCursor } = entries.pageInfo);
  }
  return { page, nodes };
}

describe("the preview of a competition's public page", () => {
  it("answers the explorer's own queries with every entry of the unpublished competition", async () => {
    const { page, nodes } = await previewedEntries(2);
    expect(page).toMatchObject({
      id: competition.id,
      slug: SLUG,
      title: 'Europe 2037',
      introduction: 'Entries from all over Europe.',
      stats: {
        entries: 5,
        awards: 1,
        specialMentions: 1,
        certificatesOfMerit: 2,
        attestations: 2,
      },
      resultsSentence: expect.stringContaining('There were 5 entries'),
      entries: { totalCount: 5 },
    });
    expect(page.entries.nodes).toHaveLength(2);
    expect(nodes.map((n) => n.outcome)).toEqual(ENTRIES.map((e) => e.outcome));
    expect(nodes.map((n) => n.title).sort()).toEqual(ENTRIES.map((e) => e.title).sort());
    const award = nodes[0];
    expect(award).toMatchObject({
      slug: 'quokka-pensions',
      summary: 'The summary of Quokka pensions.',
      juryComment: 'A model.',
      institution: { name: expect.any(String) },
      country: { code: expect.stringMatching(/^[A-Z]{2}$/) },
      priorityAreas: [{ name: expect.any(String) }],
    });
  });

  it('still answers a summary when no query is sent', async () => {
    const res = await preview(secretariat);
    expect(res.errors).toBeUndefined();
    expect(res.data.competitionPreview).toMatchObject({
      title: 'Europe 2037',
      stats: { entries: 5, awards: 1 },
    });
    expect(res.data.competitionPreview.entries.nodes).toHaveLength(5);
  });

  it('is refused to anonymous callers and jury members, whatever they send', async () => {
    const page = explorerOperation('CompetitionResults');
    const variables = { slug: SLUG, first: 100 };
    const anonymous = await preview(new Client(server), page, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.competitionPreview ?? null).toBeNull();
    const juror = await preview(jury, page, variables);
    expect(juror.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(juror.data?.competitionPreview ?? null).toBeNull();
    // Being refused comes first: a visitor does not learn what the document would have done.
    const mutation = await preview(new Client(server), 'mutation { signOut }');
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown competition', async () => {
    const page = explorerOperation('CompetitionResults');
    for (const id of [toGlobalId('Competition', randomUUID()), 'not-an-id']) {
      const res = await preview(secretariat, page, { slug: SLUG, first: 100 }, id);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a mutation, several operations or more than the public may ask, and runs none of it', async () => {
    const publish = `mutation { setCompetitionStatus(id: "${competition.id}", status: PUBLISHED, expectedVersion: ${competition.version}) { id } }`;
    const cases: [string, unknown, RegExp, string][] = [
      [publish, undefined, /queries only; this document is a mutation/, 'query'],
      [
        `query A { competitions { id } } query B { competitions { slug } }`,
        undefined,
        /exactly one operation; this document has 2/,
        'query',
      ],
      [
        `query A { competitions { id } } ${publish.replace('mutation', 'mutation B')}`,
        undefined,
        /exactly one operation; this document has 2/,
        'query',
      ],
      [
        `fragment F on Competition { id }`,
        undefined,
        /exactly one operation; this document has 0/,
        'query',
      ],
      [`{ competitionBySlug(slug: `, undefined, /not valid GraphQL/, 'query'],
      [`{ noSuchField }`, undefined, /Cannot query field "noSuchField"/, 'query'],
      [`{ managedCompetitions { id } }`, undefined, /what the public may ask only/, 'query'],
      [
        `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: competitions { id }`).join(' ')} }`,
        undefined,
        /more than 30 aliases/,
        'query',
      ],
      [
        `{ competitions { priorityAreas { practices(first: 100) { nodes {
             priorityAreas { practices(first: 100) { nodes { id } } } } } } } }`,
        undefined,
        /asks for too much/,
        'query',
      ],
      [explorerOperation('CompetitionResults'), { slug: SLUG }, /variables/, 'variables'],
      [explorerOperation('CompetitionResults'), [SLUG], /must be an object/, 'variables'],
    ];
    for (const [query, variables, message, field] of cases) {
      const res = await preview(secretariat, query, variables);
      expect(res.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message, query).toMatch(message);
      expect(res.data?.competitionPreview ?? null).toBeNull();
    }
    expect(await competitionRow()).toEqual({ status: 'DECIDED', published_at: null });
  });

  it('commits nothing: the public is answered as before and the public cache does not move', async () => {
    const hidden = {
      competitionBySlug: null,
      practice: null,
      practices: { totalCount: 0 },
      competitions: expect.not.arrayContaining([{ slug: SLUG }]),
    };
    expect(await publicView()).toEqual(hidden);
    const before = await publicDataVersion();
    await previewedEntries(2);
    await preview(secretariat);
    await preview(secretariat, `{ practices(query: "quokka") { totalCount } }`).then((res) =>
      expect([res.errors, res.data.competitionPreview]).toEqual([
        undefined,
        { practices: { totalCount: 5 } },
      ]),
    );
    expect(await publicDataVersion()).toBe(before);
    expect(await publicView()).toEqual(hidden);
    expect(await competitionRow()).toEqual({ status: 'DECIDED', published_at: null });
  });

  it('is exactly what the public is answered once the competition is published', async () => {
    const page = explorerOperation('CompetitionResults');
    const variables = { slug: SLUG, first: 100 };
    const previewed = (await preview(secretariat, page, variables)).data.competitionPreview;
    const published = await secretariat.query(
      `mutation($id: ID!, $v: Int!) { setCompetitionStatus(id: $id, status: PUBLISHED, expectedVersion: $v) { status } }`,
      { id: competition.id, v: competition.version },
    );
    expect(published.errors).toBeUndefined();
    const answer = await new Client(server).query(page, variables);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(previewed);
  });
});
