import { type EntityManager } from 'typeorm';
import {
  SECTION_KEYS,
  uniqueSlug,
  type CompetitionStatus,
  type EntryInput,
  type EntryStatus,
  type SectionKey,
} from '@gpa/shared';

type Queryable = Pick<EntityManager, 'query'>;

/** An entry with every field of the form, with local ids. */
export interface SubmissionRecord {
  id: string;
  competitionId: string;
  competitionTitle: string;
  competitionStatus: CompetitionStatus;
  institutionId: string;
  institutionName: string;
  countryCode: string;
  title: string;
  summary: string;
  inOperationSince: number | null;
  priorityAreaIds: string[];
  sections: Partial<Record<SectionKey, string>>;
  successFactors: string[];
  risks: string[];
  figures: EntryInput['figures'];
  status: EntryStatus;
  version: number;
  slug: string;
  updatedAt: Date;
}

// One statement for any number of entries: the children come as JSON from correlated subqueries.
const SELECT_RECORDS = `
  SELECT p.id, p.competition_id AS "competitionId", c.title AS "competitionTitle",
         c.status AS "competitionStatus", p.institution_id AS "institutionId",
         i.name AS "institutionName", co.code AS "countryCode", p.title,
         coalesce(p.summary, '') AS summary, p.in_operation_since AS "inOperationSince",
         p.status, p.version, p.slug, p.updated_at AS "updatedAt",
         coalesce((SELECT json_agg(pa.priority_area_id ORDER BY pa.position)
                     FROM practice_priority_area pa WHERE pa.practice_id = p.id), '[]') AS "priorityAreaIds",
         coalesce((SELECT json_object_agg(s.key, s.body)
                     FROM practice_section s WHERE s.practice_id = p.id), '{}') AS sections,
         coalesce((SELECT json_agg(l.text ORDER BY l.position) FROM practice_lesson l
                    WHERE l.practice_id = p.id AND l.kind = 'SUCCESS_FACTOR'), '[]') AS "successFactors",
         coalesce((SELECT json_agg(l.text ORDER BY l.position) FROM practice_lesson l
                    WHERE l.practice_id = p.id AND l.kind = 'RISK'), '[]') AS risks,
         coalesce((SELECT json_agg(json_build_object('group', f.group_label, 'label', f.label,
                                     'value', f.value, 'before', f.before_value,
                                     'after', f.after_value, 'unit', f.unit) ORDER BY f.position)
                     FROM practice_figure f WHERE f.practice_id = p.id), '[]') AS figures
    FROM practice p
    JOIN competition c ON c.id = p.competition_id
    JOIN institution i ON i.id = p.institution_id
    JOIN country co ON co.id = i.country_id`;

export async function loadSubmissions(
  db: Queryable,
  ids: string[],
  lock = false,
): Promise<SubmissionRecord[]> {
  if (lock) await db.query(`SELECT 1 FROM practice WHERE id = ANY($1::uuid[]) FOR UPDATE`, [ids]);
  return db.query(`${SELECT_RECORDS} WHERE p.id = ANY($1::uuid[]) ORDER BY p.title, p.id`, [ids]);
}

/** The form's fields of a stored entry, for validation. */
export function recordToInput(r: SubmissionRecord): EntryInput {
  return {
    title: r.title,
    institutionId: r.institutionId,
    summary: r.summary,
    inOperationSince: r.inOperationSince,
    priorityAreaIds: r.priorityAreaIds,
    sections: r.sections,
    successFactors: r.successFactors,
    risks: r.risks,
    figures: r.figures,
  };
}

/** The competition an entry belongs to, with the priority areas of its triennium. */
export interface CompetitionRules {
  id: string;
  title: string;
  status: CompetitionStatus;
  priorityAreaIds: string[];
}

export async function competitionRules(
  db: Queryable,
  competitionId: string,
  lock = false,
): Promise<CompetitionRules | null> {
  const [row] = await db.query(
    `SELECT c.id, c.title, c.status,
            coalesce((SELECT json_agg(t.priority_area_id ORDER BY t.position)
                        FROM triennium_priority_area t WHERE t.triennium_id = c.triennium_id), '[]')
              AS "priorityAreaIds"
       FROM competition c WHERE c.id = $1 ${lock ? 'FOR SHARE' : ''}`,
    [competitionId],
  );
  return row ?? null;
}

/** A practice slug free for `title`, other than the entry's own. */
export async function freeSlug(db: Queryable, title: string, ownId: string | null) {
  const base = uniqueSlug(title, () => false);
  const rows: { slug: string }[] = await db.query(
    `SELECT slug FROM practice WHERE slug LIKE $1 AND ($2::uuid IS NULL OR id <> $2)`,
    [`${base.replace(/[\\%_]/g, '\\$&')}%`, ownId],
  );
  const taken = new Set(rows.map((r) => r.slug));
  return uniqueSlug(title, (s) => taken.has(s));
}

export interface StoredFields {
  title: string;
  institutionId: string;
  summary: string;
  inOperationSince: number | null;
  status: EntryStatus;
  slug: string;
}

/** Inserts an entry; its children follow with writeChildren. */
export async function insertPractice(
  db: Queryable,
  competitionId: string,
  fields: StoredFields,
): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, summary, in_operation_since, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7::entry_status, 1) RETURNING id`,
    [
      fields.slug,
      competitionId,
      fields.institutionId,
      fields.title,
      fields.summary || null,
      fields.inOperationSince,
      fields.status,
    ],
  );
  return row.id;
}

export async function updatePractice(db: Queryable, id: string, fields: StoredFields) {
  await db.query(
    `UPDATE practice SET slug = $2, institution_id = $3, title = $4, summary = $5,
            in_operation_since = $6, status = $7::entry_status, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [
      id,
      fields.slug,
      fields.institutionId,
      fields.title,
      fields.summary || null,
      fields.inOperationSince,
      fields.status,
    ],
  );
}

/**
 * Replaces the priority areas, sections, lessons and figures of entries, one statement per table
 * whatever the number of entries (the import writes many at once).
 */
export async function writeChildren(
  db: Queryable,
  entries: { id: string; input: EntryInput }[],
  replace: boolean,
) {
  const ids = entries.map((e) => e.id);
  if (replace) {
    for (const table of [
      'practice_priority_area',
      'practice_section',
      'practice_lesson',
      'practice_figure',
    ])
      await db.query(`DELETE FROM ${table} WHERE practice_id = ANY($1::uuid[])`, [ids]);
  }
  const json = (rows: unknown[]) => JSON.stringify(rows);
  const areas = entries.flatMap((e) =>
    e.input.priorityAreaIds.map((a, i) => ({ p: e.id, a, n: i + 1 })),
  );
  if (areas.length)
    await db.query(
      `INSERT INTO practice_priority_area (practice_id, priority_area_id, position)
       SELECT x.p, x.a, x.n FROM jsonb_to_recordset($1::jsonb) AS x(p uuid, a uuid, n int)`,
      [json(areas)],
    );
  const sections = entries.flatMap((e) =>
    SECTION_KEYS.filter((k) => e.input.sections[k]?.trim()).map((k) => ({
      p: e.id,
      k,
      b: e.input.sections[k],
    })),
  );
  if (sections.length)
    await db.query(
      `INSERT INTO practice_section (practice_id, key, body)
       SELECT x.p, x.k, x.b FROM jsonb_to_recordset($1::jsonb) AS x(p uuid, k text, b text)`,
      [json(sections)],
    );
  const lessons = entries.flatMap((e) => [
    ...e.input.successFactors.map((t, i) => ({ p: e.id, k: 'SUCCESS_FACTOR', n: i + 1, t })),
    ...e.input.risks.map((t, i) => ({ p: e.id, k: 'RISK', n: i + 1, t })),
  ]);
  if (lessons.length)
    await db.query(
      `INSERT INTO practice_lesson (practice_id, kind, position, text)
       SELECT x.p, x.k::lesson_kind, x.n, x.t FROM jsonb_to_recordset($1::jsonb) AS x(p uuid, k text, n int, t text)`,
      [json(lessons)],
    );
  const figures = entries.flatMap((e) =>
    e.input.figures.map((f, i) => ({
      p: e.id,
      n: i + 1,
      g: f.group || null,
      l: f.label,
      v: f.value || null,
      b: f.before ?? null,
      a: f.after ?? null,
      u: f.unit || null,
    })),
  );
  if (figures.length)
    await db.query(
      `INSERT INTO practice_figure (practice_id, position, group_label, label, value, before_value, after_value, unit)
       SELECT x.p, x.n, x.g, x.l, x.v, x.b, x.a, x.u
         FROM jsonb_to_recordset($1::jsonb) AS x(p uuid, n int, g text, l text, v text, b float8, a float8, u text)`,
      [json(figures)],
    );
}
