import { type PoolClient } from 'pg';

/** The GIN index of the migration SearchAndPublishedViews1795299300000, rebuilt after loading. */
const SEARCH_INDEX = `CREATE INDEX IF NOT EXISTS "IDX_practice_search_vector" ON practice USING GIN (search_vector)`;

export async function dropSearchIndex(db: PoolClient): Promise<void> {
  await db.query(`DROP INDEX IF EXISTS "IDX_practice_search_vector"`);
}

export async function createSearchIndex(db: PoolClient): Promise<void> {
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(SEARCH_INDEX);
  await db.query(`RESET maintenance_work_mem`);
}

/**
 * Computes practice.search_vector for the practices whose id is in [from, to) in one set-based
 * UPDATE, with the weights of practice_build_search_vector(): title A; summary, institution
 * name and acronym, and country name B; sections, lessons and figures C. Parts are aggregated
 * in key order, the order in which the trigger's per-practice subqueries read them (the
 * generator inserts them in that order too), so the vectors equal what the trigger computes.
 */
export async function computeSearchVectors(db: PoolClient, [from, to]: UuidRange): Promise<number> {
  // The aggregates and joins hold a row per practice: in memory rather than in batches on disk.
  await db.query(`SET work_mem = '256MB'`);
  const result = await db.query(
    `WITH inst AS (
       SELECT i.id, setweight(to_tsvector('english', concat_ws(' ', i.name, i.acronym, c.name)), 'B') AS v
         FROM institution i JOIN country c ON c.id = i.country_id),
     sec AS (
       SELECT practice_id, string_agg(body, ' ' ORDER BY key) AS t FROM practice_section
        WHERE practice_id >= $1 AND ($2::uuid IS NULL OR practice_id < $2) GROUP BY practice_id),
     les AS (
       SELECT practice_id, string_agg(text, ' ' ORDER BY kind, position) AS t FROM practice_lesson
        WHERE practice_id >= $1 AND ($2::uuid IS NULL OR practice_id < $2) GROUP BY practice_id),
     fig AS (
       SELECT practice_id, string_agg(concat_ws(' ', group_label, label, value), ' ' ORDER BY position) AS t
         FROM practice_figure WHERE practice_id >= $1 AND ($2::uuid IS NULL OR practice_id < $2) GROUP BY practice_id),
     parts AS (
       SELECT p.id, concat_ws(' ', sec.t, les.t, fig.t) AS t
         FROM practice p
         LEFT JOIN sec ON sec.practice_id = p.id
         LEFT JOIN les ON les.practice_id = p.id
         LEFT JOIN fig ON fig.practice_id = p.id
        WHERE p.id >= $1 AND ($2::uuid IS NULL OR p.id < $2))
     UPDATE practice p
        SET search_vector =
              setweight(to_tsvector('english', coalesce(p.title, '')), 'A') ||
              setweight(to_tsvector('english', coalesce(p.summary, '')), 'B') ||
              inst.v ||
              setweight(to_tsvector('english', parts.t), 'C')
       FROM parts, inst
      WHERE p.id = parts.id AND inst.id = p.institution_id`,
    [from, to],
  );
  await db.query(`RESET work_mem`);
  return result.rowCount ?? 0;
}

export type UuidRange = [from: string, to: string | null];

/** Splits the uuid space into `n` ranges [from, to) for parallel updates; the last is open. */
export function uuidRanges(n: number): UuidRange[] {
  const bound = (i: number) =>
    `${Math.floor((i * 0x100000000) / n)
      .toString(16)
      .padStart(8, '0')}-0000-0000-0000-000000000000`;
  return Array.from({ length: n }, (_, i) => [bound(i), i === n - 1 ? null : bound(i + 1)]);
}
