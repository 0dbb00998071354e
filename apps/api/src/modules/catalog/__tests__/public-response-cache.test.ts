import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { graphql, startTestServer } from '../../../testing/test-server.js';

let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  a = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  b = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const TITLE = `{ competition(region: ASIA_PACIFIC, year: 2018) { title } practices(query: "mobile") { totalCount } }`;

describe('the cache of public answers', () => {
  it('serves a repeated anonymous query from memory', async () => {
    await graphql(a, TITLE);
    const before = a.cache.hits;
    const res = await graphql(a, TITLE);
    expect(res.data!.competition.title).toBe('Asia and the Pacific 2018');
    expect(a.cache.hits).toBe(before + 1);
  });

  it('is emptied in every process by the next request after public data changes, and never caches staff answers', async () => {
    await graphql(a, TITLE);
    await graphql(b, TITLE);
    const ds = b.database.dataSource;
    await ds.query(
      `UPDATE competition SET title = 'Renamed 2018' WHERE slug = 'asia-and-the-pacific-2018'`,
    );
    try {
      // At once: the very next request of either process sees the change.
      expect((await graphql(a, TITLE)).data!.competition.title).toBe('Renamed 2018');
      expect((await graphql(b, TITLE)).data!.competition.title).toBe('Renamed 2018');
    } finally {
      await ds.query(
        `UPDATE competition SET title = 'Asia and the Pacific 2018' WHERE slug = 'asia-and-the-pacific-2018'`,
      );
    }
    expect((await graphql(a, TITLE)).data!.competition.title).toBe('Asia and the Pacific 2018');

    const user = await createUser(a, ['SECRETARIAT']);
    const staff = new Client(a);
    await staff.signIn(user.email);
    const hits = a.cache.hits;
    await staff.query(TITLE);
    await staff.query(TITLE);
    expect(a.cache.hits).toBe(hits);
  });

  it('keeps its answers while the secretariat creates institutions, and not once one is renamed', async () => {
    // A new institution has no published practice: no public answer shows it.
    const user = await createUser(a, ['SECRETARIAT']);
    const staff = new Client(a);
    await staff.signIn(user.email);
    const { countries } = (await staff.query(`{ countries { id } }`)).data!;
    await graphql(a, TITLE);
    await graphql(b, TITLE);
    const [hitsA, hitsB] = [a.cache.hits, b.cache.hits];
    const created = await staff.query(
      `mutation($i: InstitutionInput!) { createInstitution(input: $i) { id } }`,
      { i: { name: 'Fund Created During The Forum', countryId: countries[0].id } },
    );
    expect(created.errors).toBeUndefined();
    expect((await graphql(a, TITLE)).data!.practices.totalCount).toBe(7);
    expect((await graphql(b, TITLE)).data!.practices.totalCount).toBe(7);
    expect([a.cache.hits, b.cache.hits]).toEqual([hitsA + 1, hitsB + 1]);
    const search = `{ practices(query: "Fund Created During The Forum") { totalCount } suggest(prefix: "Fund Created") { label } }`;
    expect((await graphql(a, search)).data).toEqual({ practices: { totalCount: 0 }, suggest: [] });

    // Renaming an institution the public sees (through its practices) empties every process's.
    const ds = a.database.dataSource;
    const [published] = await ds.query(
      `SELECT i.id, i.name FROM institution i WHERE EXISTS (SELECT 1 FROM published_practice pp WHERE pp.institution_id = i.id) LIMIT 1`,
    );
    await graphql(a, TITLE);
    const hits = a.cache.hits;
    await ds.query(`UPDATE institution SET name = $2 WHERE id = $1`, [published.id, 'Renamed']);
    try {
      await graphql(a, TITLE);
      expect(a.cache.hits).toBe(hits);
    } finally {
      await ds.query(`UPDATE institution SET name = $2 WHERE id = $1`, [
        published.id,
        published.name,
      ]);
    }
  });

  it('answers a burst of repeated queries from memory with a few reads of the version', async () => {
    const first = await graphql(a, TITLE);
    const [hits, reads] = [a.cache.hits, a.cache.versionReads];
    // A version read that takes 50 ms, as under load, so that the burst surely overlaps it
    // (on a fast machine each read could otherwise end before the next request arrives).
    const version = a.version;
    const readVersion = version.read;
    version.read = () => new Promise((r) => setTimeout(r, 50)).then(readVersion);
    const answers = await Promise.all(Array.from({ length: 24 }, () => graphql(a, TITLE))).finally(
      () => {
        version.read = readVersion;
      },
    );
    for (const answer of answers) expect(answer).toEqual(first);
    expect(a.cache.hits).toBe(hits + 24);
    // Requests that arrive together wait for one read that started after they arrived.
    expect(a.cache.versionReads - reads).toBeLessThan(24);
    expect(a.cache.versionReads - reads).toBeGreaterThan(0);
  });

  it('holds at most PUBLIC_CACHE_MB of answers, the oldest dropped first', async () => {
    const small = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0', PUBLIC_CACHE_MB: '1' });
    try {
      // Every practice with its summary and snippets: one answer is a few hundred KB.
      const big = (n: number) =>
        `{ practices(first: 100, query: "social") { totalCount nodes { title summary highlight } } n${n}: __typename }`;
      const first = await graphql(small, big(0));
      expect(first.errors).toBeUndefined();
      const one = JSON.stringify(first).length;
      expect(one).toBeGreaterThan(30_000);
      for (let n = 1; n < 40; n += 1) await graphql(small, big(n));
      expect(small.cache.size.bytes).toBeLessThanOrEqual(1024 * 1024);
      expect(small.cache.size.entries).toBeLessThan(40);
      expect(small.cache.size.entries).toBeGreaterThanOrEqual(Math.floor((1024 * 1024) / one) - 1);
      // The newest is still served from memory; the oldest was dropped.
      const before = small.cache.hits;
      await graphql(small, big(39));
      expect(small.cache.hits).toBe(before + 1);
      await graphql(small, big(0));
      expect(small.cache.hits).toBe(before + 1);
    } finally {
      await small.close();
    }
  });

  it('does not cache errors', async () => {
    const misses = a.cache.misses;
    await graphql(
      a,
      `
        {
          practices(first: 500) {
            totalCount
          }
        }
      `,
    );
    await graphql(
      a,
      `
        {
          practices(first: 500) {
            totalCount
          }
        }
      `,
    );
    expect(a.cache.hits).toBeGreaterThan(0);
    expect(a.cache.misses).toBe(misses + 2);
  });

  it('keeps the practice sheets and booklets until public data changes, in every process', async () => {
    const ds = a.database.dataSource;
    const [practice] = await ds.query(
      `SELECT p.id, p.slug, p.title FROM practice p JOIN published_practice pp ON pp.id = p.id LIMIT 1`,
    );
    const sheet = (server: RunningServer) =>
      fetch(`${server.url}/documents/practices/${practice.slug}/sheet.html`).then((r) => r.text());
    const booklet = (server: RunningServer) =>
      fetch(`${server.url}/documents/competitions/asia-and-the-pacific-2018/booklet.html`).then(
        (r) => r.text(),
      );
    const first = await sheet(a);
    expect(first).toContain(practice.title.replace(/&/g, '&amp;'));
    await booklet(a);
    const hits = a.cache.hits;
    expect(await sheet(a)).toBe(first);
    await booklet(a);
    expect(a.cache.hits).toBe(hits + 2);
    // An unknown slug is not kept, and gets the not-found page each time.
    const missing = await fetch(`${a.url}/documents/practices/no-such-practice/sheet.html`);
    expect(missing.status).toBe(404);
    expect(a.cache.hits).toBe(hits + 2);

    await sheet(b);
    await ds.query(`UPDATE practice SET title = 'A Corrected Title' WHERE id = $1`, [practice.id]);
    try {
      // The very next request of either process makes the document anew.
      expect(await sheet(a)).toContain('A Corrected Title');
      expect(await sheet(b)).toContain('A Corrected Title');
      expect(await booklet(b)).toContain('A Corrected Title');
    } finally {
      await ds.query(`UPDATE practice SET title = $2 WHERE id = $1`, [practice.id, practice.title]);
    }
  });
});
