import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../server.js';
import { graphql, startTestServer } from '../../testing/test-server.js';

/**
 * An unpublished competition with decided entries: nothing of it may reach an anonymous caller
 * through any field, count, facet, node or search, until it is published.
 */
const SECRET = 'Zanzibarian pension telepathy';

let server: RunningServer;
let practiceId: string;
let competitionId: string;

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  const [country] = await ds.query(
    `INSERT INTO country (code, name, sort_name, region) VALUES ('FR', 'France', 'France', 'EUROPE') RETURNING id`,
  );
  const [institution] = await ds.query(
    `INSERT INTO institution (slug, name, country_id) VALUES ('secret-fund', 'Secret Fund', $1) RETURNING id`,
    [country.id],
  );
  const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
  const [competition] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ('europe-2019', 'EUROPE', 2019, 'Europe 2019', $1, 'DECIDED', 1) RETURNING id`,
    [triennium.id],
  );
  competitionId = competition.id;
  const [practice] = await ds.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
     VALUES ('zanzibarian-pension-telepathy', $1, $2, $3, 'A secret summary about telepathy.', 1) RETURNING id`,
    [competition.id, institution.id, SECRET],
  );
  practiceId = practice.id;
  await ds.query(
    `INSERT INTO practice_priority_area (practice_id, priority_area_id, position)
     SELECT $1, id, 1 FROM priority_area WHERE slug = 'good-governance'`,
    [practice.id],
  );
  await ds.query(
    `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Secret jury comment.', 1)`,
    [practice.id],
  );
});

afterAll(async () => {
  const ds = server.database.dataSource;
  await ds.query(`DELETE FROM practice WHERE id = $1`, [practiceId]);
  await ds.query(`DELETE FROM competition WHERE id = $1`, [competitionId]);
  await ds.query(`DELETE FROM institution WHERE slug = 'secret-fund'`);
  await ds.query(`DELETE FROM country WHERE code = 'FR'`);
  await server?.close();
});

const WALK = `{
  competitions { slug title stats { entries awards } resultsSentence entries(first: 100) { totalCount nodes { title } } }
  europe: competition(region: EUROPE, year: 2019) { title }
  practices(first: 100) { totalCount nodes { title juryComment } facets {
    regions { value count } countries { value count } institutions { value count }
    priorityAreas { value count } outcomes { value count } years { value count } } }
  search: practices(query: "telepathy") { totalCount nodes { title } }
  byFilter: practices(filter: { regions: [EUROPE], years: [2019] }) { totalCount }
  practice(slug: "zanzibarian-pension-telepathy") { title }
  institution(slug: "secret-fund") { name }
  area: priorityArea(slug: "good-governance") { practices(first: 100) { totalCount } }
}`;

async function walk() {
  const result = await graphql(server, WALK);
  expect(result.errors).toBeUndefined();
  const ids = [
    Buffer.from(`Practice:${practiceId}`).toString('base64url'),
    Buffer.from(`Competition:${competitionId}`).toString('base64url'),
  ];
  const nodes = await Promise.all(
    ids.map((id) =>
      graphql(
        server,
        `
          query ($id: ID!) {
            node(id: $id) {
              id
            }
          }
        `,
        { id },
      ),
    ),
  );
  return {
    text: JSON.stringify(result.data),
    data: result.data as any,
    nodes: nodes.map((n) => n.data!.node),
  };
}

describe('the publication embargo', () => {
  it('keeps an unpublished competition invisible everywhere', async () => {
    const { text, data, nodes } = await walk();
    for (const secret of [
      SECRET,
      'Secret Fund',
      'Secret jury comment',
      'telepathy',
      'EUROPE',
      '"FR"',
      '2019',
      'europe-2019',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(data.competitions).toHaveLength(1);
    expect(data.europe).toBeNull();
    expect(data.practices.totalCount).toBe(76);
    expect(data.search.totalCount).toBe(0);
    expect(data.byFilter.totalCount).toBe(0);
    expect(data.practice).toBeNull();
    expect(data.institution).toBeNull();
    expect(nodes).toEqual([null, null]);
  });

  it('shows all of it at once when the competition is published', async () => {
    await server.database.dataSource.query(
      `UPDATE competition SET status = 'PUBLISHED' WHERE id = $1`,
      [competitionId],
    );
    try {
      const { data, nodes } = await walk();
      expect(data.europe).toEqual({ title: 'Europe 2019' });
      expect(data.practices.totalCount).toBe(77);
      expect(data.search.nodes).toEqual([{ title: SECRET }]);
      expect(data.byFilter.totalCount).toBe(1);
      expect(data.practice).toEqual({ title: SECRET });
      expect(data.institution).toEqual({ name: 'Secret Fund' });
      expect(data.practices.nodes).toContainEqual({
        title: SECRET,
        juryComment: 'Secret jury comment.',
      });
      expect(data.practices.facets.countries).toContainEqual({ value: 'FR', count: 1 });
      expect(nodes.every((n) => n !== null)).toBe(true);
    } finally {
      await server.database.dataSource.query(
        `UPDATE competition SET status = 'DECIDED' WHERE id = $1`,
        [competitionId],
      );
    }
  });
});
