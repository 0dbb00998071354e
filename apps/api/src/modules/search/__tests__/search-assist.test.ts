import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { graphql, startTestServer } from '../../../testing/test-server.js';

/**
 * "Did you mean" and type-ahead, on the seeded Asia and the Pacific 2018 entries plus an
 * unpublished competition whose words and names must never be offered.
 */
let server: RunningServer;
let unpublished: { competitionId: string; institutionId: string };

const DID_YOU_MEAN = `query ($q: String) { practices(query: $q) { totalCount didYouMean } }`;
const SUGGEST = `query ($p: String!, $n: Int) { suggest(prefix: $p, first: $n) { kind label slug url } }`;

async function didYouMean(q: string) {
  const res = await graphql(server, DID_YOU_MEAN, { q });
  expect(res.errors).toBeUndefined();
  return res.data!.practices as { totalCount: number; didYouMean: string | null };
}

async function suggest(p: string, n?: number) {
  const res = await graphql(server, SUGGEST, { p, n });
  expect(res.errors).toBeUndefined();
  return res.data!.suggest as { kind: string; label: string; slug: string; url: string }[];
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  const ds = server.database.dataSource;
  const [country] = await ds.query(`SELECT id FROM country WHERE code = 'IR'`);
  const [institution] = await ds.query(
    `INSERT INTO institution (slug, name, country_id) VALUES ('quokkarian-fund', 'Quokkarian Fund', $1) RETURNING id`,
    [country.id],
  );
  const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
  const [competition] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ('europe-2011', 'EUROPE', 2011, 'Europe 2011', $1, 'DECIDED', 1) RETURNING id`,
    [triennium.id],
  );
  await ds.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
     VALUES ('zorblaxian-telepathy', $1, $2, 'Zorblaxian telepathy services', 'Secret flibbertigibbet summary.', 1)`,
    [competition.id, institution.id],
  );
  unpublished = { competitionId: competition.id, institutionId: institution.id };
});

afterAll(async () => {
  const ds = server?.database.dataSource;
  if (ds && unpublished) {
    await ds.query(`DELETE FROM practice WHERE competition_id = $1`, [unpublished.competitionId]);
    await ds.query(`DELETE FROM competition WHERE id = $1`, [unpublished.competitionId]);
    await ds.query(`DELETE FROM institution WHERE id = $1`, [unpublished.institutionId]);
    await ds.query(`DELETE FROM search_word WHERE word = 'quokkas'`);
  }
  await server?.close();
});

describe('didYouMean', () => {
  it('corrects a misspelt word that matches nothing published', async () => {
    expect(await didYouMean('pensoin')).toEqual({ totalCount: 0, didYouMean: 'pension' });
    expect((await didYouMean('Pensoin')).didYouMean).toBe('Pension');
    // Only the word that matches nothing is replaced; the rest of the query is kept.
    expect((await didYouMean('mobile pensoin -fraud')).didYouMean).toBe('mobile pension -fraud');
    // With "or" the other word finds results, and the misspelt one is still corrected.
    const either = await didYouMean('mobile or pensoin');
    expect(either.totalCount).toBeGreaterThan(0);
    expect(either.didYouMean).toBe('mobile or pension');
    // And the correction finds what was meant.
    expect((await didYouMean('pension')).totalCount).toBeGreaterThan(0);
  });

  it('is null when every word matches, or when there is nothing near', async () => {
    expect(await didYouMean('mobile pension')).toMatchObject({ didYouMean: null });
    expect((await didYouMean('the of and')).didYouMean).toBeNull();
    expect((await didYouMean('xqzvvkwj')).didYouMean).toBeNull();
    const res = await graphql(
      server,
      `
        {
          practices {
            didYouMean
          }
        }
      `,
    );
    expect(res.data!.practices.didYouMean).toBeNull();
  });

  it('never offers a word found only in unpublished entries', async () => {
    // "zorblaxian" and "flibbertigibbet" exist only in the unpublished competition.
    expect(await didYouMean('zorblaxiam')).toEqual({ totalCount: 0, didYouMean: null });
    expect((await didYouMean('flibbertigibbit')).didYouMean).toBeNull();
    // A word left in the word list by an entry that is no longer published is not offered.
    await server.database.dataSource.query(`INSERT INTO search_word (word) VALUES ('quokkas')`);
    expect((await didYouMean('quokkaz')).didYouMean).toBeNull();
  });
});

describe('suggest', () => {
  it('mixes kinds, label starts first, with the public addresses', async () => {
    const list = await suggest('ira', 20);
    const kinds = new Set(list.map((s) => s.kind));
    expect(kinds.has('COUNTRY')).toBe(true);
    expect(kinds.has('INSTITUTION') || kinds.has('PRACTICE')).toBe(true);
    // A country's label starts with its sorting name ("Iran, Islamic Republic of").
    expect(list[0]).toEqual({
      kind: 'COUNTRY',
      label: 'Islamic Republic of Iran',
      slug: 'IR',
      url: '/countries/IR',
    });
    const areas = await suggest('information');
    expect(areas).toContainEqual({
      kind: 'PRIORITY_AREA',
      label: 'Information and Communication Technology',
      slug: 'information-and-communication-technology',
      url: '/priority-areas/information-and-communication-technology',
    });
    const practices = await suggest('pens', 20);
    expect(practices.length).toBeGreaterThan(3);
    for (const s of practices) {
      expect(s.label.toLowerCase()).toMatch(/(^|[^a-z])pens/);
      if (s.kind === 'PRACTICE') expect(s.url).toBe(`/practices/${s.slug}`);
    }
  });

  it('matches the start of any word, ignoring case and accents', async () => {
    const plain = await suggest('PENSION', 20);
    expect(
      plain.some((s) => s.label === 'Implementing a public pension fund governance model'),
    ).toBe(true);
    expect(await suggest('pénsïon', 20)).toEqual(plain);
    // Inside a word is not a word start.
    expect((await suggest('ension', 20)).some((s) => /pension/i.test(s.label))).toBe(false);
  });

  it('respects first, and refuses what is too long or too many', async () => {
    expect(await suggest('p', 3)).toHaveLength(3);
    expect(await suggest('p')).toHaveLength(8);
    expect(await suggest('p', 0)).toEqual([]);
    expect(await suggest('  !! ')).toEqual([]);
    const many = await graphql(server, SUGGEST, { p: 'p', n: 21 });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const long = await graphql(server, SUGGEST, { p: 'p'.repeat(101) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
  });

  it('never suggests an unpublished practice, or an institution with none published', async () => {
    expect(await suggest('zorbl')).toEqual([]);
    expect(await suggest('quokkarian')).toEqual([]);
    expect(await suggest('telepathy')).toEqual([]);
  });

  it('is served from the public cache when repeated', async () => {
    await suggest('mobile');
    const hits = server.cache.hits;
    await suggest('mobile');
    expect(server.cache.hits).toBe(hits + 1);
  });
});
