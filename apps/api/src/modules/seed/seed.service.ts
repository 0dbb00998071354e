import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DataSource, type EntityManager } from 'typeorm';
import { OUTCOMES, seedFileSchema, slugify, uniqueSlug, type SeedFile } from '@gpa/shared';

export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid seed file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedFileError';
  }
}

export interface SeedReport {
  files: string[];
  competitions: number;
  entries: number;
}

/** Parses and validates a seed file; every problem is reported with its path in the file. */
export async function readSeedFile(file: string): Promise<SeedFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SeedFileError(file, [(error as Error).message]);
  }
  const parsed = seedFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SeedFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/**
 * Loads seed files into the database. Loading is idempotent: rows are matched on their natural
 * keys and only rows whose content differs are written, so a second load changes nothing. All
 * files load in one transaction: all of them or none.
 */
export class SeedService {
  constructor(private readonly dataSource: DataSource) {}

  async loadDirectory(dir: string): Promise<SeedReport> {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    return this.loadFiles(names.map((n) => path.join(dir, n)));
  }

  async loadFiles(files: string[]): Promise<SeedReport> {
    const seeds = await Promise.all(files.map(readSeedFile));
    await this.dataSource.transaction(async (em) => {
      for (const seed of seeds) await loadSeed(em, seed);
    });
    return {
      files,
      competitions: seeds.length,
      entries: seeds.reduce((n, s) => n + s.entries.length, 0),
    };
  }

  async isEmpty(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT NOT EXISTS (SELECT 1 FROM competition) AS empty`,
    );
    return row.empty === true;
  }
}

type Row = Record<string, unknown>;
const json = (rows: Row[]) => JSON.stringify(rows);

async function loadSeed(em: EntityManager, seed: SeedFile): Promise<void> {
  // Countries and priority areas are reference data shared by every competition.
  await em.query(
    `INSERT INTO country (code, name, sort_name, region)
     SELECT x.code, x.name, x.sort_name, x.region::region
       FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text, sort_name text, region text)
     ON CONFLICT (code) DO UPDATE
        SET name = EXCLUDED.name, sort_name = EXCLUDED.sort_name, region = EXCLUDED.region
      WHERE (country.name, country.sort_name, country.region)
            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.sort_name, EXCLUDED.region)`,
    [
      json(
        seed.countries.map((c) => ({
          code: c.code,
          name: c.name,
          sort_name: c.sortName,
          region: c.region,
        })),
      ),
    ],
  );
  await em.query(
    `INSERT INTO priority_area (slug, name)
     SELECT x.slug, x.name FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text)
     ON CONFLICT (name) DO NOTHING`,
    [json(seed.triennium.priorityAreas.map((name) => ({ slug: slugify(name), name })))],
  );
  await em.query(
    `INSERT INTO triennium (start_year, end_year) VALUES ($1, $2) ON CONFLICT (start_year, end_year) DO NOTHING`,
    [seed.triennium.startYear, seed.triennium.endYear],
  );
  const [triennium] = await em.query(
    `SELECT id FROM triennium WHERE start_year = $1 AND end_year = $2`,
    [seed.triennium.startYear, seed.triennium.endYear],
  );
  await em.query(
    `INSERT INTO triennium_priority_area (triennium_id, priority_area_id, position)
     SELECT $1, a.id, x.position
       FROM jsonb_to_recordset($2::jsonb) AS x(name text, position int)
       JOIN priority_area a ON a.name = x.name
     ON CONFLICT (triennium_id, priority_area_id) DO UPDATE SET position = EXCLUDED.position
      WHERE triennium_priority_area.position IS DISTINCT FROM EXCLUDED.position`,
    [
      triennium.id,
      json(seed.triennium.priorityAreas.map((name, i) => ({ name, position: i + 1 }))),
    ],
  );

  await upsertInstitutions(em, seed);

  const c = seed.competition;
  const [competition] = await em.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, forum_name, forum_place,
                              forum_date, introduction, jury_introduction, portal_note, published_at, version)
     VALUES ($1, $2::region, $3, $4, $5, $6::competition_status, $7, $8, $9, $10, $11, $12,
             CASE WHEN $6 = 'PUBLISHED' THEN now() END, 1)
     ON CONFLICT (region, year) DO UPDATE
        SET title = EXCLUDED.title, triennium_id = EXCLUDED.triennium_id, status = EXCLUDED.status,
            forum_name = EXCLUDED.forum_name, forum_place = EXCLUDED.forum_place,
            forum_date = EXCLUDED.forum_date, introduction = EXCLUDED.introduction,
            jury_introduction = EXCLUDED.jury_introduction, portal_note = EXCLUDED.portal_note,
            published_at = CASE WHEN EXCLUDED.status = 'PUBLISHED'
                                THEN coalesce(competition.published_at, now()) END,
            version = competition.version + 1, updated_at = now()
      WHERE (competition.title, competition.triennium_id, competition.status, competition.forum_name,
             competition.forum_place, competition.forum_date, competition.introduction,
             competition.jury_introduction, competition.portal_note)
            IS DISTINCT FROM
            (EXCLUDED.title, EXCLUDED.triennium_id, EXCLUDED.status, EXCLUDED.forum_name,
             EXCLUDED.forum_place, EXCLUDED.forum_date, EXCLUDED.introduction,
             EXCLUDED.jury_introduction, EXCLUDED.portal_note)`,
    [
      slugify(c.title),
      c.region,
      c.year,
      c.title,
      triennium.id,
      c.status,
      c.forumName ?? null,
      c.forumPlace ?? null,
      c.forumDate ?? null,
      c.introduction,
      c.juryIntroduction,
      c.portalNote ?? null,
    ],
  );
  const competitionId: string =
    competition?.id ??
    (
      await em.query(`SELECT id FROM competition WHERE region = $1::region AND year = $2`, [
        c.region,
        c.year,
      ])
    )[0].id;

  await em.query(
    `INSERT INTO jury_member (competition_id, position, description, name, is_chair)
     SELECT $1, x.position, x.description, x.name, x.is_chair
       FROM jsonb_to_recordset($2::jsonb) AS x(position int, description text, name text, is_chair boolean)
     ON CONFLICT (competition_id, position) DO UPDATE
        SET description = EXCLUDED.description, name = EXCLUDED.name, is_chair = EXCLUDED.is_chair
      WHERE (jury_member.description, jury_member.name, jury_member.is_chair)
            IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.name, EXCLUDED.is_chair)`,
    [
      competitionId,
      json(
        c.jury.map((m, i) => ({
          position: i + 1,
          description: m.description,
          name: m.name ?? null,
          is_chair: m.chair ?? false,
        })),
      ),
    ],
  );
  await em.query(`DELETE FROM jury_member WHERE competition_id = $1 AND position > $2`, [
    competitionId,
    c.jury.length,
  ]);

  await upsertEntries(em, seed, competitionId);
}

async function upsertInstitutions(em: EntityManager, seed: SeedFile): Promise<void> {
  const existing: { name: string; code: string }[] = await em.query(
    `SELECT i.name, c.code FROM institution i JOIN country c ON c.id = i.country_id`,
  );
  const known = new Set(existing.map((e) => `${e.code}|${e.name}`));
  const fresh = seed.institutions.filter((i) => !known.has(`${i.countryCode}|${i.name}`));
  const slugs = await takenSlugs(
    em,
    'institution',
    fresh.map((i) => slugify(i.name)),
  );
  const rows = seed.institutions.map((i) => ({
    name: i.name,
    acronym: i.acronym ?? null,
    code: i.countryCode,
    slug: known.has(`${i.countryCode}|${i.name}`) ? null : claimSlug(i.name, slugs),
  }));
  await em.query(
    `INSERT INTO institution (slug, name, acronym, country_id)
     SELECT coalesce(x.slug, 'unused'), x.name, x.acronym, c.id
       FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, acronym text, code text)
       JOIN country c ON c.code = x.code
     ON CONFLICT (country_id, name) DO UPDATE SET acronym = EXCLUDED.acronym, updated_at = now()
      WHERE institution.acronym IS DISTINCT FROM EXCLUDED.acronym`,
    [json(rows)],
  );
}

async function upsertEntries(
  em: EntityManager,
  seed: SeedFile,
  competitionId: string,
): Promise<void> {
  const existing: { institution: string; code: string; title: string }[] = await em.query(
    `SELECT i.name AS institution, c.code, p.title
       FROM practice p JOIN institution i ON i.id = p.institution_id JOIN country c ON c.id = i.country_id
      WHERE p.competition_id = $1`,
    [competitionId],
  );
  const key = (code: string, institution: string, title: string) =>
    `${code}|${institution}|${title}`;
  const known = new Set(existing.map((e) => key(e.code, e.institution, e.title)));
  const slugs = await takenSlugs(
    em,
    'practice',
    seed.entries.map((e) => slugify(e.title)),
  );
  // Position within the outcome group keeps the booklet's order.
  const positions = new Map<string, number>();
  const rows = seed.entries.map((e) => {
    const group = e.outcome ?? 'NONE';
    const position = (positions.get(group) ?? 0) + 1;
    positions.set(group, position);
    const isNew = !known.has(key(e.countryCode, e.institution, e.title));
    return {
      slug: isNew ? claimSlug(e.title, slugs) : null,
      institution: e.institution,
      code: e.countryCode,
      title: e.title,
      summary: e.summary ?? null,
      in_operation_since: e.inOperationSince ?? null,
      position,
    };
  });
  await em.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, in_operation_since,
                           status, position, version)
     SELECT coalesce(x.slug, 'unused'), $1, i.id, x.title, x.summary, x.in_operation_since,
            'SUBMITTED', x.position, 1
       FROM jsonb_to_recordset($2::jsonb)
            AS x(slug text, institution text, code text, title text, summary text,
                 in_operation_since int, position int)
       JOIN country c ON c.code = x.code
       JOIN institution i ON i.country_id = c.id AND i.name = x.institution
     ON CONFLICT (competition_id, institution_id, title) DO UPDATE
        SET summary = EXCLUDED.summary, in_operation_since = EXCLUDED.in_operation_since,
            position = EXCLUDED.position, status = EXCLUDED.status,
            version = practice.version + 1, updated_at = now()
      WHERE (practice.summary, practice.in_operation_since, practice.position, practice.status)
            IS DISTINCT FROM
            (EXCLUDED.summary, EXCLUDED.in_operation_since, EXCLUDED.position, EXCLUDED.status)`,
    [competitionId, json(rows)],
  );
  const ids: { id: string; institution: string; code: string; title: string }[] = await em.query(
    `SELECT p.id, i.name AS institution, c.code, p.title
       FROM practice p JOIN institution i ON i.id = p.institution_id JOIN country c ON c.id = i.country_id
      WHERE p.competition_id = $1`,
    [competitionId],
  );
  const idOf = new Map(ids.map((r) => [key(r.code, r.institution, r.title), r.id]));
  const entries = seed.entries.map((e) => ({
    ...e,
    id: idOf.get(key(e.countryCode, e.institution, e.title))!,
  }));
  const practiceIds = entries.map((e) => e.id);

  await syncChildren(em, {
    table: 'practice_priority_area',
    keys: ['priority_area_id'],
    practiceIds,
    select: `SELECT x.practice_id, a.id AS priority_area_id, x.position
               FROM jsonb_to_recordset($1::jsonb) AS x(practice_id uuid, name text, position int)
               JOIN priority_area a ON a.name = x.name`,
    values: ['position'],
    rows: entries.flatMap((e) =>
      e.priorityAreas.map((name, i) => ({ practice_id: e.id, name, position: i + 1 })),
    ),
  });
  await syncChildren(em, {
    table: 'practice_section',
    keys: ['key'],
    practiceIds,
    select: `SELECT x.practice_id, x.key, x.body
               FROM jsonb_to_recordset($1::jsonb) AS x(practice_id uuid, key text, body text)`,
    values: ['body'],
    rows: entries.flatMap((e) =>
      Object.entries(e.sections ?? {}).map(([k, body]) => ({ practice_id: e.id, key: k, body })),
    ),
  });
  await syncChildren(em, {
    table: 'practice_lesson',
    keys: ['kind', 'position'],
    practiceIds,
    select: `SELECT x.practice_id, x.kind::lesson_kind AS kind, x.position, x.text
               FROM jsonb_to_recordset($1::jsonb) AS x(practice_id uuid, kind text, position int, text text)`,
    values: ['text'],
    rows: entries.flatMap((e) => [
      ...(e.successFactors ?? []).map((text, i) => ({
        practice_id: e.id,
        kind: 'SUCCESS_FACTOR',
        position: i + 1,
        text,
      })),
      ...(e.risks ?? []).map((text, i) => ({
        practice_id: e.id,
        kind: 'RISK',
        position: i + 1,
        text,
      })),
    ]),
  });
  await syncChildren(em, {
    table: 'practice_figure',
    keys: ['position'],
    practiceIds,
    select: `SELECT x.practice_id, x.position, x.group_label, x.label, x.value,
                    x.before_value, x.after_value, x.unit
               FROM jsonb_to_recordset($1::jsonb)
                    AS x(practice_id uuid, position int, group_label text, label text, value text,
                         before_value float8, after_value float8, unit text)`,
    values: ['group_label', 'label', 'value', 'before_value', 'after_value', 'unit'],
    rows: entries.flatMap((e) =>
      (e.figures ?? []).map((f, i) => ({
        practice_id: e.id,
        position: i + 1,
        group_label: f.group ?? null,
        label: f.label,
        value: f.value ?? null,
        before_value: f.before ?? null,
        after_value: f.after ?? null,
        unit: f.unit ?? null,
      })),
    ),
  });
  await syncChildren(em, {
    table: 'decision',
    keys: [],
    practiceIds,
    select: `SELECT x.practice_id, x.outcome::outcome AS outcome, x.jury_text, 1 AS version
               FROM jsonb_to_recordset($1::jsonb) AS x(practice_id uuid, outcome text, jury_text text)`,
    values: ['outcome', 'jury_text'],
    bump: true,
    rows: entries
      .filter((e) => e.outcome && OUTCOMES.includes(e.outcome))
      .map((e) => ({ practice_id: e.id, outcome: e.outcome, jury_text: e.juryText ?? null })),
  });
}

/**
 * Makes a child table hold exactly `rows` for the given practices: inserts what is missing,
 * updates what differs, deletes what the file no longer has, and touches nothing else.
 */
async function syncChildren(
  em: EntityManager,
  spec: {
    table: string;
    keys: string[];
    values: string[];
    select: string;
    rows: Row[];
    practiceIds: string[];
    bump?: boolean;
  },
): Promise<void> {
  const { table, keys, values } = spec;
  const conflict = ['practice_id', ...keys].join(', ');
  const set = values.map((v) => `${v} = EXCLUDED.${v}`);
  if (spec.bump) set.push(`version = ${table}.version + 1`);
  const columns = [
    ...new Set(['practice_id', ...keys, ...values, ...(spec.bump ? ['version'] : [])]),
  ];
  await em.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM (${spec.select}) AS src
     ON CONFLICT (${conflict}) DO UPDATE SET ${set.join(', ')}
      WHERE (${values.map((v) => `${table}.${v}`).join(', ')}) IS DISTINCT FROM
            (${values.map((v) => `EXCLUDED.${v}`).join(', ')})`,
    [json(spec.rows)],
  );
  const keyTuple = ['practice_id', ...keys];
  await em.query(
    `DELETE FROM ${table} t
      WHERE t.practice_id = ANY($2::uuid[])
        AND (${keyTuple.map((k) => `t.${k}`).join(', ')}) NOT IN
            (SELECT ${keyTuple.join(', ')} FROM (${spec.select}) AS src)`,
    [json(spec.rows), spec.practiceIds],
  );
}

async function takenSlugs(em: EntityManager, table: 'practice' | 'institution', bases: string[]) {
  const rows: { slug: string }[] = await em.query(
    `SELECT slug FROM ${table} WHERE slug LIKE ANY($1::text[])`,
    [bases.map((b) => `${b.replace(/[\\%_]/g, '\\$&')}%`)],
  );
  return new Set(rows.map((r) => r.slug));
}

/** A free slug for `name` (a numeric suffix where taken), reserved in `taken`. */
function claimSlug(name: string, taken: Set<string>): string {
  const slug = uniqueSlug(name, (s) => taken.has(s));
  taken.add(slug);
  return slug;
}
