import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

  it('keeps its answers while a competition the public cannot see is worked on, and not once it is published', async () => {
    const ds = a.database.dataSource;
    const version = async () =>
      Number((await ds.query(`SELECT version FROM public_data_version`))[0].version);
    const [competition] = await ds.query(
      `INSERT INTO competition (slug, region, year, title, triennium_id, version)
       SELECT 'africa-2035', 'AFRICA', 2035, 'Africa 2035', triennium_id, 1
         FROM competition WHERE slug = 'asia-and-the-pacific-2018' RETURNING id`,
    );
    const [institution] = await ds.query(`SELECT id FROM institution LIMIT 1`);
    const ENTRY = `{ practice(slug: "tidal-pensions") { title outcome juryComment } }`;
    await graphql(a, TITLE);
    await graphql(b, TITLE);
    expect((await graphql(a, ENTRY)).data!.practice).toBeNull();
    const [hitsA, hitsB, before] = [a.cache.hits, b.cache.hits, await version()];

    // The secretariat enters a submission, the jury decides and comments, corrections follow.
    const [practice] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, status, version)
       VALUES ('tidal-pensions', $1, $2, 'Tidal pensions', 'Pensions with the tide.', 'SUBMITTED', 1)
       RETURNING id`,
      [competition.id, institution.id],
    );
    await ds.query(
      `INSERT INTO practice_section (practice_id, key, body) VALUES ($1, 'background', 'Why.')`,
      [practice.id],
    );
    await ds.query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Fine work.', 1)`,
      [practice.id],
    );
    await ds.query(`UPDATE decision SET jury_text = 'Outstanding work.' WHERE practice_id = $1`, [
      practice.id,
    ]);
    await ds.query(`UPDATE practice SET summary = 'Pensions that follow the tide.' WHERE id = $1`, [
      practice.id,
    ]);
    await ds.query(`DELETE FROM practice_section WHERE practice_id = $1`, [practice.id]);
    expect(await version()).toBe(before);
    await graphql(a, TITLE);
    await graphql(b, TITLE);
    expect([a.cache.hits, b.cache.hits]).toEqual([hitsA + 1, hitsB + 1]);

    // A jury text of a published competition moves it at once, as before.
    const [published] = await ds.query(
      `SELECT d.practice_id, d.jury_text, p.slug FROM decision d
         JOIN published_practice p ON p.id = d.practice_id LIMIT 1`,
    );
    const COMMENT = `{ practice(slug: "${published.slug}") { juryComment } }`;
    await graphql(b, COMMENT);
    await ds.query(
      `UPDATE decision SET jury_text = 'Corrected after the forum.' WHERE practice_id = $1`,
      [published.practice_id],
    );
    try {
      expect(await version()).toBeGreaterThan(before);
      expect((await graphql(b, COMMENT)).data!.practice.juryComment).toBe(
        'Corrected after the forum.',
      );
    } finally {
      await ds.query(`UPDATE decision SET jury_text = $2 WHERE practice_id = $1`, [
        published.practice_id,
        published.jury_text,
      ]);
    }

    // Published: every process shows the entry with all the work done meanwhile.
    await graphql(a, ENTRY);
    await ds.query(
      `UPDATE competition SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
      [competition.id],
    );
    try {
      for (const server of [a, b])
        expect((await graphql(server, ENTRY)).data!.practice).toEqual({
          title: 'Tidal pensions',
          outcome: 'AWARD',
          juryComment: 'Outstanding work.',
        });
      // And from now on its changes move the version.
      const published = await version();
      await ds.query(
        `UPDATE decision SET jury_text = 'Outstanding, truly.' WHERE practice_id = $1`,
        [practice.id],
      );
      expect(await version()).toBeGreaterThan(published);
      expect((await graphql(a, ENTRY)).data!.practice.juryComment).toBe('Outstanding, truly.');
    } finally {
      await ds.query(`DELETE FROM decision WHERE practice_id = $1`, [practice.id]);
      await ds.query(`DELETE FROM practice WHERE id = $1`, [practice.id]);
      await ds.query(`DELETE FROM competition WHERE id = $1`, [competition.id]);
    }
  });
});

// Two transactions at once need two sessions: the embedded PGlite has one.
describe.skipIf(inject('databaseKind') === 'pglite')(
  'work on a competition while it is being published',
  () => {
    const setUp = async (slug: string, year: number) => {
      const ds = a.database.dataSource;
      const [competition] = await ds.query(
        `INSERT INTO competition (slug, region, year, title, triennium_id, version)
         SELECT $1, 'AFRICA', $2, $1, triennium_id, 1
           FROM competition WHERE slug = 'asia-and-the-pacific-2018' RETURNING id`,
        [slug, year],
      );
      const [institution] = await ds.query(`SELECT id FROM institution LIMIT 1`);
      const [practice] = await ds.query(
        `INSERT INTO practice (slug, competition_id, institution_id, title, summary, status, version)
         VALUES ($1, $2, $3, 'Race entry', 'An entry.', 'SUBMITTED', 1) RETURNING id`,
        [`${slug}-entry`, competition.id, institution.id],
      );
      return { competitionId: competition.id as string, practiceId: practice.id as string };
    };
    const version = async () =>
      Number(
        (await a.database.dataSource.query(`SELECT version FROM public_data_version`))[0].version,
      );
    const settled = (promise: Promise<unknown>) => {
      let done = false;
      void promise.finally(() => (done = true));
      return () => done;
    };

    it('makes a publication that starts meanwhile wait, then move the version after the work', async () => {
      const ds = a.database.dataSource;
      const { competitionId, practiceId } = await setUp('race-one', 2036);
      const jury = ds.createQueryRunner();
      const secretariat = ds.createQueryRunner();
      try {
        await jury.startTransaction();
        await jury.query(
          `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Late text.', 1)`,
          [practiceId],
        );
        const before = await version();
        const publishing = secretariat.query(
          `UPDATE competition SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
          [competitionId],
        );
        const published = settled(publishing);
        await new Promise((r) => setTimeout(r, 300));
        expect(published()).toBe(false); // waits for the jury's transaction
        await jury.commitTransaction();
        await publishing;
        expect(await version()).toBeGreaterThan(before);
        const { data } = await graphql(
          a,
          `
            {
              practice(slug: "race-one-entry") {
                outcome
                juryComment
              }
            }
          `,
        );
        expect(data!.practice).toEqual({ outcome: 'AWARD', juryComment: 'Late text.' });
      } finally {
        if (jury.isTransactionActive) await jury.rollbackTransaction();
        await jury.release();
        await secretariat.release();
      }
    });

    it('moves the version for work that meets a publication under way', async () => {
      const ds = a.database.dataSource;
      const { competitionId, practiceId } = await setUp('race-two', 2037);
      const secretariat = ds.createQueryRunner();
      try {
        await secretariat.startTransaction();
        await secretariat.query(
          `UPDATE competition SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
          [competitionId],
        );
        // The jury's write does not wait for the competition's row (no deadlock), but counts as
        // public: it moves the version once the publication has committed.
        const writing = ds.query(
          `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Meanwhile.', 1)`,
          [practiceId],
        );
        await new Promise((r) => setTimeout(r, 200));
        // The version the publication set (what its own transaction sees of its bump).
        const [{ version: publication }] = await secretariat.query(
          `SELECT version FROM public_data_version`,
        );
        await secretariat.commitTransaction();
        await writing;
        expect(await version()).toBeGreaterThan(Number(publication));
      } finally {
        if (secretariat.isTransactionActive) await secretariat.rollbackTransaction();
        await secretariat.release();
      }
    });
  },
);
