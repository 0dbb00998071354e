import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOMES, type SeedFile } from '@gpa/shared';
import { DEFAULT_SEED_DIR, type RunningServer } from '../../server.js';
import { graphql, startTestServer, type GraphQLResult } from '../../testing/test-server.js';

const seed: SeedFile = JSON.parse(
  readFileSync(path.join(DEFAULT_SEED_DIR, 'asia-and-the-pacific-2018.json'), 'utf8'),
);
const countryName = new Map(seed.countries.map((c) => [c.code, c.name]));

let server: RunningServer;
beforeAll(async () => {
  // The cache off: these tests count the statements of the data loading itself.
  server = await startTestServer({ PUBLIC_CACHE_ENTRIES: '0' });
});
afterAll(async () => {
  await server?.close();
});

describe('the seeded Asia and the Pacific 2018 competition', () => {
  it('computes the booklet numbers from the rows', async () => {
    const { data, errors } = await graphql(
      server,
      `
        {
          competition(region: ASIA_PACIFIC, year: 2018) {
            slug
            title
            triennium
            stats {
              entries
              institutions
              countries
              awards
              certificatesOfMerit
              specialMentions
              attestations
            }
            resultsSentence
            priorityAreas {
              slug
              name
            }
            jury {
              description
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const c = data!.competition;
    expect(c.slug).toBe('asia-and-the-pacific-2018');
    expect(c.title).toBe('Asia and the Pacific 2018');
    expect(c.triennium).toBe('2017–2019');
    expect(c.stats).toEqual({
      entries: 76,
      institutions: 20,
      countries: 15,
      awards: 1,
      certificatesOfMerit: 53,
      specialMentions: 19,
      attestations: 22,
    });
    expect(c.resultsSentence).toBe(
      'There were 76 entries from 20 organizations in 15 countries. The Jury decided to give the Award to the National Pension Service, Republic of Korea, for One-stop service through four social insurance information systems. The Jury also gave 53 Certificates of Merit, 19 of which received a special mention.',
    );
    expect(c.priorityAreas).toHaveLength(12);
    expect(c.priorityAreas[5]).toEqual({
      slug: 'information-and-communication-technology',
      name: 'Information and Communication Technology',
    });
    expect(c.jury.map((j: { description: string }) => j.description)).toEqual([
      'Chairperson of the Editorial Board of the International Social Security Review',
      'Social security specialist from the International Labour Office',
      'Former CEO of a social security institution from the region',
    ]);
  });

  it('lists all 76 entries in the booklet order with their exact facts', async () => {
    const { data, errors } = await graphql(
      server,
      `
        {
          competition(region: ASIA_PACIFIC, year: 2018) {
            entries(first: 100) {
              totalCount
              nodes {
                title
                outcome
                summary
                juryComment
                institution {
                  name
                }
                country {
                  code
                  name
                }
                priorityAreas {
                  name
                }
                competition {
                  slug
                }
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const entries = data!.competition.entries;
    expect(entries.totalCount).toBe(76);
    const actual = entries.nodes.map((n: any) => ({
      title: n.title,
      institution: n.institution.name,
      country: n.country.name,
      outcome: n.outcome,
      priorityAreas: n.priorityAreas.map((a: { name: string }) => a.name),
      summary: n.summary,
      juryText: n.juryComment,
    }));
    const expected = seed.entries.map((e) => ({
      title: e.title,
      institution: e.institution,
      country: countryName.get(e.countryCode),
      outcome: e.outcome,
      priorityAreas: e.priorityAreas,
      summary: e.summary ?? null,
      juryText: e.juryText ?? null,
    }));
    expect(actual).toEqual(expected);
    expect(
      entries.nodes.every((n: any) => n.competition.slug === 'asia-and-the-pacific-2018'),
    ).toBe(true);
  });

  it('filters entries by outcome and pages through them without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { data, errors }: GraphQLResult<any> = await graphql(
        server,
        `
          query ($after: String) {
            competition(region: ASIA_PACIFIC, year: 2018) {
              entries(outcome: ATTESTATION, first: 5, after: $after) {
                nodes {
                  title
                }
                pageInfo {
                  hasNextPage
                  endCursor
                  hasPreviousPage
                }
              }
            }
          }
        `,
        { after },
      );
      expect(errors).toBeUndefined();
      const e: any = data!.competition.entries;
      seen.push(...e.nodes.map((n: { title: string }) => n.title));
      expect(e.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!e.pageInfo.hasNextPage) break;
      after = e.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      seed.entries.filter((e) => e.outcome === 'ATTESTATION').map((e) => e.title),
    );
  });

  it('shows the Iranian practice in full: sections, lessons and figures', async () => {
    const { data, errors } = await graphql(
      server,
      `
        {
          practice(slug: "comprehensive-e-services-more-effective-more-reliable") {
            title
            inOperationSince
            outcome
            juryComment
            institution {
              name
              acronym
            }
            country {
              name
            }
            sections {
              key
              heading
              body
            }
            successFactors
            risks
            figures {
              group
              label
              value
              before
              after
              unit
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const p = data!.practice;
    const source = seed.entries.find((e) => e.inOperationSince === 2015)!;
    expect(p.title).toBe('Comprehensive e-services: More effective, more reliable');
    expect(p.inOperationSince).toBe(2015);
    expect(p.outcome).toBe('CERTIFICATE_OF_MERIT');
    expect(p.juryComment).toBeNull();
    expect(p.institution).toEqual({ name: 'Iranian Social Security Organization', acronym: 'SSO' });
    expect(p.country.name).toBe('Islamic Republic of Iran');
    expect(p.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'The issue or challenge',
      'Addressing the challenge',
      'Targets to be achieved',
      'Evaluating the results',
      'Lessons learned',
    ]);
    expect(p.sections[0].body).toBe(source.sections!.issue);
    expect(p.sections[1].body).toBe(source.sections!.approach);
    expect(p.sections[2].body).toBe(source.sections!.targets);
    expect(p.sections[3].body).toContain('  - Number of inspections before: 278,000');
    expect(p.sections[3].body).toContain(
      '  - Average reduction in processing time of claims: from 60 min to 5 min',
    );
    expect(p.sections[4].body).toBe(
      'Three factors:\n\n- Good team work among the different units of the organization.\n- Good interaction with social partners in all aspects.\n- Leveraging all media and training tools.\n\nThree risk factors:\n\n- Infrastructure requirements.\n- Lack of well-structured programming.\n- Lack of organizational knowledge.',
    );
    expect(p.successFactors).toEqual(source.successFactors);
    expect(p.risks).toEqual(source.risks);
    expect(p.figures).toHaveLength(source.figures!.length);
    expect(p.figures).toContainEqual({
      group: 'Electronic inspection',
      label: 'Number of inspections',
      value: null,
      before: 278000,
      after: 336000,
      unit: null,
    });
  });

  it('resolves every object through node(id) and refuses ids that are not ours', async () => {
    const { data } = await graphql(
      server,
      `
        {
          practices(first: 1, sort: TITLE) {
            nodes {
              id
              title
              institution {
                id
                name
              }
              country {
                id
                code
              }
              priorityAreas {
                id
                slug
              }
              competition {
                id
                slug
              }
            }
          }
        }
      `,
    );
    const p = data!.practices.nodes[0];
    const ids = [p.id, p.institution.id, p.country.id, p.priorityAreas[0].id, p.competition.id];
    for (const [i, type] of [
      'Practice',
      'Institution',
      'Country',
      'PriorityArea',
      'Competition',
    ].entries()) {
      const { data: d } = await graphql(
        server,
        `
          query ($id: ID!) {
            node(id: $id) {
              __typename
              id
            }
          }
        `,
        { id: ids[i] },
      );
      expect(d!.node).toEqual({ __typename: type, id: ids[i] });
    }
    for (const bogus of [
      'nope',
      'UHJhY3RpY2U6MTIz',
      Buffer.from('Practice:00000000-0000-0000-0000-000000000000').toString('base64url'),
    ]) {
      const { data: d, errors: e } = await graphql(
        server,
        `
          query ($id: ID!) {
            node(id: $id) {
              id
            }
          }
        `,
        { id: bogus },
      );
      expect(e).toBeUndefined();
      expect(d!.node).toBeNull();
    }
  });
});

describe('practices', () => {
  it('finds the five entries whose title mentions mobile services in the first ten', async () => {
    const { data, errors } = await graphql(
      server,
      `
        {
          practices(query: "mobile", first: 10) {
            totalCount
            nodes {
              title
              highlight
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const titles: string[] = data!.practices.nodes.map((n: { title: string }) => n.title);
    const mobileTitles = seed.entries.map((e) => e.title).filter((t) => /mobile/i.test(t));
    expect(mobileTitles).toHaveLength(5);
    for (const t of mobileTitles) expect(titles).toContain(t);
    // Title matches rank above practices that mention mobile only in their text.
    expect(titles.slice(0, 5).sort()).toEqual([...mobileTitles].sort());
    expect(data!.practices.nodes[0].highlight).toContain('<mark>');
  });

  it('understands phrases, exclusions and or', async () => {
    const count = async (query: string) =>
      (
        await graphql(
          server,
          `
            query ($q: String) {
              practices(query: $q) {
                totalCount
              }
            }
          `,
          { q: query },
        )
      ).data!.practices.totalCount as number;
    const mobile = await count('mobile');
    expect(await count('mobile -pension')).toBeLessThan(mobile);
    expect(await count('mobile or inspection')).toBeGreaterThan(mobile);
    expect(await count('"social security mobile services"')).toBe(1);
    expect(await count('zzzznothing')).toBe(0);
  });

  it('counts facets over the whole filtered set, each with the other selections applied', async () => {
    const areaCount = seed.entries.filter((e) =>
      e.priorityAreas.includes('Service Quality'),
    ).length;
    const { data } = await graphql(
      server,
      `
        {
          practices(first: 1) {
            totalCount
            facets {
              priorityAreas {
                value
                label
                count
              }
              countries {
                value
                count
              }
              outcomes {
                value
                count
              }
              regions {
                value
                label
                count
              }
              years {
                value
                count
              }
              institutions {
                value
                count
              }
            }
          }
        }
      `,
    );
    const facets = data!.practices.facets;
    expect(data!.practices.totalCount).toBe(76);
    expect(facets.priorityAreas).toContainEqual({
      value: 'service-quality',
      label: 'Service Quality',
      count: 42,
    });
    expect(areaCount).toBe(42);
    expect(facets.regions).toEqual([
      { value: 'ASIA_PACIFIC', label: 'Asia and the Pacific', count: 76 },
    ]);
    expect(facets.years).toEqual([{ value: '2018', count: 76 }]);
    expect(facets.countries).toHaveLength(15);
    expect(facets.institutions).toHaveLength(20);
    // Shown most first, equal counts by label.
    expect(facets.outcomes).toEqual([
      { value: 'CERTIFICATE_OF_MERIT', count: 34 },
      { value: 'ATTESTATION', count: 22 },
      { value: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', count: 19 },
      { value: 'AWARD', count: 1 },
    ]);
    expect(facets.priorityAreas).toEqual(
      [...facets.priorityAreas].sort(
        (a: any, b: any) => b.count - a.count || a.label.localeCompare(b.label),
      ),
    );
    expect(new Set(facets.priorityAreas.map((a: any) => a.count)).size).toBeLessThan(
      facets.priorityAreas.length,
    );

    const { data: filtered } = await graphql(
      server,
      `
        {
          practices(filter: { countryCodes: ["KR"], priorityAreaSlugs: ["service-quality"] }) {
            totalCount
            facets {
              countries {
                value
                count
              }
              priorityAreas {
                value
                count
              }
            }
          }
        }
      `,
    );
    const f = filtered!.practices;
    const krService = seed.entries.filter(
      (e) => e.countryCode === 'KR' && e.priorityAreas.includes('Service Quality'),
    ).length;
    expect(f.totalCount).toBe(krService);
    // The country facet ignores the country selection: the other countries keep their counts.
    const serviceByCountry = (code: string) =>
      seed.entries.filter(
        (e) => e.countryCode === code && e.priorityAreas.includes('Service Quality'),
      ).length;
    expect(f.facets.countries.length).toBeGreaterThan(1);
    for (const c of f.facets.countries) expect(c.count).toBe(serviceByCountry(c.value));
    // The area facet applies the country selection.
    const krAreas = f.facets.priorityAreas.find((a: any) => a.value === 'service-quality');
    expect(krAreas.count).toBe(krService);
  });

  it('cuts a facet list to its first values, keeping the selected ones and counting them all', async () => {
    const facetsOf = async (filter: string, lists: string) => {
      const { data, errors } = await graphql(
        server,
        `{ practices(first: 0, filter: { ${filter} }) { facets { ${lists} } } }`,
      );
      expect(errors).toBeUndefined();
      return data!.practices.facets;
    };
    const all = await facetsOf('', 'institutions { value count } countries { value count }');
    const cut = await facetsOf(
      '',
      'institutions(first: 3) { value count } countries(first: 0) { value } valueCounts { institutions countries regions years }',
    );
    expect(cut.institutions).toEqual(all.institutions.slice(0, 3));
    expect(cut.countries).toEqual([]);
    expect(cut.valueCounts).toEqual({ institutions: 20, countries: 15, regions: 1, years: 1 });

    // A ticked institution far down the list still shows, after the first ones, with its count.
    const last = all.institutions.at(-1);
    const ticked = await facetsOf(
      `institutionSlugs: ["${last.value}"]`,
      'institutions(first: 3) { value count } valueCounts { institutions }',
    );
    expect(ticked.institutions).toEqual([...all.institutions.slice(0, 3), last]);
    expect(ticked.valueCounts.institutions).toBe(20);

    for (const first of [-1, 101]) {
      const { data, errors } = await graphql(
        server,
        `{ practices { facets { institutions(first: ${first}) { value } } } }`,
      );
      expect(data).toBeNull();
      expect(errors?.[0]?.message).toBe('"first" must be between 0 and 100.');
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('pages every sort deterministically, without repeats or gaps', async () => {
    for (const sort of ['NEWEST', 'TITLE', 'RELEVANCE']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: any = await graphql(
          server,
          `
            query ($after: String, $sort: PracticeSort) {
              practices(query: "social", sort: $sort, first: 7, after: $after) {
                totalCount
                nodes {
                  slug
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          `,
          { after, sort },
        );
        expect(res.errors).toBeUndefined();
        seen.push(...res.data.practices.nodes.map((n: { slug: string }) => n.slug));
        after = res.data.practices.pageInfo.hasNextPage
          ? res.data.practices.pageInfo.endCursor
          : null;
        if (!after) expect(seen).toHaveLength(res.data.practices.totalCount);
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('orders by title, ignoring case and leading punctuation', async () => {
    const { data } = await graphql(
      server,
      `
        {
          practices(sort: TITLE, first: 100) {
            nodes {
              title
            }
          }
        }
      `,
    );
    const titles: string[] = data!.practices.nodes.map((n: { title: string }) => n.title);
    const key = (t: string) => t.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
    const expected = seed.entries
      .map((e) => e.title)
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(titles).toEqual(expected);
    expect(titles[0]).toBe('Administrative solutions for coverage extension');
  });

  it('refuses a page larger than 100 and a forged cursor with stable codes', async () => {
    const big = await graphql(
      server,
      `
        {
          practices(first: 101) {
            totalCount
          }
        }
      `,
    );
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await graphql(
      server,
      `
        {
          practices(first: -1) {
            totalCount
          }
        }
      `,
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await graphql(
      server,
      `
        {
          practices(after: "garbage") {
            totalCount
          }
        }
      `,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const other = await graphql(
      server,
      `
        {
          practices(sort: TITLE, first: 1) {
            pageInfo {
              endCursor
            }
          }
        }
      `,
    );
    const cursor = other.data!.practices.pageInfo.endCursor;
    const mismatched = await graphql(
      server,
      `
        query ($c: String) {
          practices(sort: NEWEST, after: $c) {
            totalCount
          }
        }
      `,
      {
        c: cursor,
      },
    );
    expect(mismatched.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const hostile = await graphql(
      server,
      `
        query ($q: String) {
          practices(query: $q) {
            totalCount
          }
        }
      `,
      {
        q: `'); DROP TABLE practice; -- "unterminated`,
      },
    );
    expect(hostile.errors).toBeUndefined();
    expect(
      (
        await graphql(
          server,
          `
            {
              practices {
                totalCount
              }
            }
          `,
        )
      ).data!.practices.totalCount,
    ).toBe(76);
  });

  it('loads a page of 100 practices with all relations in a constant number of statements', async () => {
    const document = `
        {
          practices(first: 100) {
            totalCount
            nodes {
              title
              institution {
                name
                country {
                  name
                }
              }
              country {
                code
              }
              priorityAreas {
                name
              }
              competition {
                title
              }
            }
          }
        }
      `;
    // The first search of a process waits for its search index; the request after it is measured.
    await graphql(server, document);
    const statements: string[] = [];
    const stop = server.database.sqlLog.observe((sql) => statements.push(sql));
    const { data, errors } = await graphql(server, document);
    stop();
    expect(errors).toBeUndefined();
    expect(data!.practices.nodes).toHaveLength(76);
    // The data version, the page (each practice's institution, countries and priority areas in
    // the same rows) and the competitions: three, whatever the page size.
    expect(statements.map((s) => s.slice(0, 40))).toHaveLength(3);
    expect(
      statements.some(
        (s) => /^SELECT id, code/.test(s) || /FROM institution i\s+WHERE i.id = ANY/.test(s),
      ),
    ).toBe(false);
  });

  it("answers a practice's page, with every relation, from one statement", async () => {
    // The practice given in full (seeds/004): sections, figures, success factors and risks.
    const slug = 'comprehensive-e-services-more-effective-more-reliable';
    const statements: string[] = [];
    const stop = server.database.sqlLog.observe((sql) => statements.push(sql));
    const { data, errors } = await graphql(
      server,
      `
        query ($slug: String!) {
          practice(slug: $slug) {
            title
            institution {
              name
              country {
                code
              }
            }
            country {
              name
            }
            priorityAreas {
              slug
            }
            competition {
              title
              triennium
            }
            sections {
              key
              body
            }
            figures {
              label
              before
              after
            }
            successFactors
            risks
          }
        }
      `,
      { slug },
    );
    stop();
    expect(errors).toBeUndefined();
    expect(data!.practice.institution.name).toBeTruthy();
    expect(data!.practice.competition.title).toBeTruthy();
    expect(data!.practice.sections.length).toBeGreaterThan(0);
    expect(data!.practice.figures.length).toBeGreaterThan(0);
    expect(data!.practice.successFactors.length).toBeGreaterThan(0);
    expect(statements.filter((s) => !/public_data_version/.test(s))).toHaveLength(1);
  });
});

describe('reference lists', () => {
  it('lists countries, priority areas, competitions and finds an institution by slug', async () => {
    const { data, errors } = await graphql(
      server,
      `
        {
          countries {
            code
            name
            region
          }
          priorityAreas {
            slug
          }
          competitions {
            slug
          }
          institution(slug: "national-pension-service") {
            name
            acronym
            country {
              code
            }
            practices(first: 10) {
              totalCount
              nodes {
                title
              }
            }
          }
          country(code: "kr") {
            name
          }
          priorityArea(slug: "good-governance") {
            name
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.countries).toHaveLength(15);
    expect(data!.countries).toContainEqual({
      code: 'VN',
      name: 'Viet Nam',
      region: 'ASIA_PACIFIC',
    });
    expect(data!.priorityAreas).toHaveLength(12);
    expect(data!.competitions).toEqual([{ slug: 'asia-and-the-pacific-2018' }]);
    expect(data!.institution.acronym).toBe('NPS');
    expect(data!.institution.country.code).toBe('KR');
    expect(data!.institution.practices.totalCount).toBe(
      seed.entries.filter((e) => e.institution === 'National Pension Service').length,
    );
    expect(data!.country.name).toBe('Republic of Korea');
    expect(data!.priorityArea.name).toBe('Good Governance');
  });

  it('knows every outcome', () => {
    expect(OUTCOMES).toHaveLength(4);
  });
});
