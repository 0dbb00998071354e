import { type PoolClient } from 'pg';
import { REGIONS, type Region, slugify, uniqueSlug } from '@gpa/shared';
import { COUNTRIES } from '../data/countries.js';
import {
  INSTITUTION_DOMAINS,
  INSTITUTION_KINDS,
  INSTITUTION_PREFIXES,
  INSTITUTION_SUFFIXES,
  MINISTRIES,
} from '../data/vocabulary.js';
import { apportion, type Rng } from './random.js';

export interface Institution {
  id: string;
  name: string;
  acronym: string | null;
  countryName: string;
  region: Region;
}

export interface Competition {
  id: string;
  region: Region;
  year: number;
  status: 'DRAFT' | 'OPEN' | 'JUDGING' | 'DECIDED' | 'PUBLISHED';
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2026;

const REGION_TITLES: Record<Region, string> = {
  AFRICA: 'Africa',
  AMERICAS: 'the Americas',
  ASIA_PACIFIC: 'Asia and the Pacific',
  EUROPE: 'Europe',
};

/** Relative size of each region's programme: how many institutions and entries it gets. */
export const REGION_WEIGHTS: Record<Region, number> = {
  AFRICA: 0.9,
  AMERICAS: 0.8,
  ASIA_PACIFIC: 1.3,
  EUROPE: 1.1,
};

/** The handful of competitions that are not published: the current cycle's. */
const UNPUBLISHED: Record<string, Competition['status']> = {
  'AFRICA 2026': 'OPEN',
  'AMERICAS 2026': 'JUDGING',
  'ASIA_PACIFIC 2026': 'DECIDED',
  'EUROPE 2026': 'DRAFT',
  'EUROPE 2025': 'JUDGING',
};

/** About 2,000 institutions at 100k entries, growing with the square root of the size. */
export function institutionCount(practices: number): number {
  return Math.max(40, Math.round(2000 * Math.sqrt(practices / 100_000)));
}

/** Inserts the countries the seed does not have; returns every country by id. */
export async function loadCountries(db: PoolClient) {
  await db.query(
    `INSERT INTO country (code, name, sort_name, region)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::region[])
     ON CONFLICT (code) DO NOTHING`,
    [
      COUNTRIES.map((c) => c.code),
      COUNTRIES.map((c) => c.name),
      COUNTRIES.map((c) => c.sortName ?? c.name),
      COUNTRIES.map((c) => c.region),
    ],
  );
  const rows: { id: string; code: string; name: string; region: Region }[] = (
    await db.query(`SELECT id, code, name, region FROM country`)
  ).rows;
  const rank = new Map(COUNTRIES.map((c, i) => [c.code, i]));
  return rows.sort(
    (a, b) => (rank.get(a.code) ?? 999) - (rank.get(b.code) ?? 999) || a.code.localeCompare(b.code),
  );
}

/**
 * Creates `count` institutions, more in the larger countries of each region, with names in the
 * style of ISSA members ("National Social Security Fund", "Pension Agency for Seafarers").
 * Returns them with the seed's own institutions.
 */
export async function loadInstitutions(
  db: PoolClient,
  rng: Rng,
  count: number,
  countries: { id: string; name: string; region: Region }[],
): Promise<Institution[]> {
  // In a fixed order: the seed's institutions have random ids, and the same seed must make the
  // same dataset (a join returns them in an order that follows the ids).
  const existing: (Institution & { countryId: string; slug: string })[] = (
    await db.query(
      `SELECT i.id, i.slug, i.name, i.acronym, i.country_id AS "countryId", c.name AS "countryName", c.region
         FROM institution i JOIN country c ON c.id = i.country_id
        ORDER BY i.slug`,
    )
  ).rows;
  const slugs = new Set(existing.map((i) => i.slug));
  const names = new Set(existing.map((i) => `${i.countryId}|${i.name}`));
  const rankInRegion = new Map<string, number>();
  const weights = countries.map((c) => {
    const rank = rankInRegion.get(c.region) ?? 0;
    rankInRegion.set(c.region, rank + 1);
    return REGION_WEIGHTS[c.region] / Math.pow(rank + 1, 0.9);
  });
  const perCountry = apportion(count, weights);
  const fresh: (Institution & { countryId: string; slug: string })[] = [];
  countries.forEach((country, i) => {
    for (let n = 0; n < perCountry[i]!; n += 1) {
      const name = institutionName(rng, (candidate) => names.has(`${country.id}|${candidate}`));
      names.add(`${country.id}|${name}`);
      const slug = uniqueSlug(name, (s) => slugs.has(s));
      slugs.add(slug);
      fresh.push({
        id: rng.uuid(),
        slug,
        name,
        acronym: rng.chance(0.7) ? acronymOf(name) : null,
        countryId: country.id,
        countryName: country.name,
        region: country.region,
      });
    }
  });
  await db.query(
    `INSERT INTO institution (id, slug, name, acronym, country_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
    [
      fresh.map((i) => i.id),
      fresh.map((i) => i.slug),
      fresh.map((i) => i.name),
      fresh.map((i) => i.acronym),
      fresh.map((i) => i.countryId),
    ],
  );
  return [...existing, ...fresh];
}

function institutionName(rng: Rng, taken: (name: string) => boolean): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = rng.chance(0.06)
      ? rng.pick(MINISTRIES)
      : [
          rng.pick(INSTITUTION_PREFIXES),
          rng.pick(INSTITUTION_DOMAINS),
          rng.pick(INSTITUTION_KINDS) + (attempt > 20 ? ` No. ${attempt}` : ''),
        ]
          .filter(Boolean)
          .join(' ') + rng.pick(INSTITUTION_SUFFIXES);
    if (!taken(name)) return name;
  }
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * One triennium per three years from 1999–2001 (aligned with 2017–2019), each with the 12
 * priority areas of 2017–2019, and one competition per region and year from 2000 to 2026,
 * except those the seed already holds. All published but the current cycle's handful.
 */
export async function loadCompetitions(db: PoolClient, rng: Rng): Promise<Competition[]> {
  const trienniumStarts: number[] = [];
  for (let y = 1999; y <= LAST_YEAR; y += 3) trienniumStarts.push(y);
  await db.query(
    `INSERT INTO triennium (start_year, end_year)
     SELECT s, s + 2 FROM unnest($1::int[]) AS s ON CONFLICT (start_year, end_year) DO NOTHING`,
    [trienniumStarts],
  );
  await db.query(
    `INSERT INTO triennium_priority_area (triennium_id, priority_area_id, position)
     SELECT t.id, tpa.priority_area_id, tpa.position
       FROM triennium t
       CROSS JOIN (SELECT priority_area_id, position FROM triennium_priority_area x
                     JOIN triennium s ON s.id = x.triennium_id AND s.start_year = 2017) tpa
     ON CONFLICT DO NOTHING`,
  );
  const triennia = new Map<number, string>(
    (await db.query(`SELECT id, start_year FROM triennium`)).rows.map(
      (r: { id: string; start_year: number }) => [r.start_year, r.id],
    ),
  );
  const template: { introduction: string; jury_introduction: string } = (
    await db.query(`SELECT introduction, jury_introduction FROM competition ORDER BY year LIMIT 1`)
  ).rows[0];
  const jury: string[] = (
    await db.query(
      `SELECT description FROM jury_member
        WHERE competition_id = (SELECT id FROM competition ORDER BY year LIMIT 1) ORDER BY position`,
    )
  ).rows.map((r: { description: string }) => r.description);
  const taken = new Set<string>(
    (await db.query(`SELECT region || ' ' || year AS key FROM competition`)).rows.map(
      (r: { key: string }) => r.key,
    ),
  );
  const competitions: (Competition & { slug: string; title: string; trienniumId: string })[] = [];
  for (const region of REGIONS) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      if (taken.has(`${region} ${year}`)) continue;
      const title = `${REGION_TITLES[region].replace(/^the/, 'The')} ${year}`;
      competitions.push({
        id: rng.uuid(),
        region,
        year,
        title,
        slug: slugify(title),
        status: UNPUBLISHED[`${region} ${year}`] ?? 'PUBLISHED',
        trienniumId: triennia.get(1999 + 3 * Math.floor((year - 1999) / 3))!,
      });
    }
  }
  await db.query(
    `INSERT INTO competition (id, slug, region, year, title, triennium_id, status, forum_name,
                              introduction, jury_introduction, published_at, version)
     SELECT c.id, c.slug, c.region, c.year, c.title, c.triennium_id, c.status,
            'Regional Social Security Forum for ' || ($8::text[])[c.n], $9, $10,
            CASE WHEN c.status = 'PUBLISHED' THEN make_timestamptz(c.year, 11, 1, 0, 0, 0, 'UTC') END, 1
       FROM unnest($1::uuid[], $2::text[], $3::region[], $4::int[], $5::text[], $6::uuid[],
                   $7::competition_status[]) WITH ORDINALITY
            AS c(id, slug, region, year, title, triennium_id, status, n)`,
    [
      competitions.map((c) => c.id),
      competitions.map((c) => c.slug),
      competitions.map((c) => c.region),
      competitions.map((c) => c.year),
      competitions.map((c) => c.title),
      competitions.map((c) => c.trienniumId),
      competitions.map((c) => c.status),
      competitions.map((c) => REGION_TITLES[c.region]),
      template.introduction,
      template.jury_introduction,
    ],
  );
  await db.query(
    `INSERT INTO jury_member (competition_id, position, description, is_chair)
     SELECT c.id, j.position, j.description, j.position = 1
       FROM unnest($1::uuid[]) AS c(id)
       CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS j(description, position)`,
    [competitions.map((c) => c.id), jury],
  );
  return competitions;
}
