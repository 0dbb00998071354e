import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Tables whose rows belong to one competition, directly or through their practice. */
const OWNED: [table: string, owner: 'competition' | 'practice'][] = [
  ['practice', 'competition'],
  ['jury_member', 'competition'],
  ['practice_section', 'practice'],
  ['practice_lesson', 'practice'],
  ['practice_figure', 'practice'],
  ['practice_priority_area', 'practice'],
  ['decision', 'practice'],
];
const TABLES = ['practice_search', ...OWNED.map(([table]) => table)];
const EVENTS = [
  // [event, the transition tables it gives the function]
  ['INSERT', 'NEW TABLE AS changed'],
  ['UPDATE', 'OLD TABLE AS changed_before NEW TABLE AS changed'],
  ['DELETE', 'OLD TABLE AS changed'],
] as const;

/**
 * Hand-written: work on a competition the public cannot see yet no longer moves
 * public_data_version. All season the secretariat enters submissions and the jury records
 * assessments, outcomes and comments; every such statement used to empty every API process's
 * cache of public answers, and to take the row lock on public_data_version, so that staff
 * writes waited for each other. Now, per statement (transition tables):
 *
 * - practice, jury_member, and the parts of a practice (sections, lessons, figures, priority
 *   areas, decision) move it only when a row they changed belongs to a PUBLISHED competition
 *   (before or after the change);
 * - practice_search (published practices only) moves it only when rows changed: its sync
 *   deletes and inserts no rows when a draft is edited;
 * - TRUNCATE still moves it; the other tables' triggers are unchanged.
 *
 * A publication racing with such a write: the write's trigger takes a share lock on the
 * competitions it touched, so a publication that starts later waits for it to commit before it
 * moves the version itself. If a publication (or any update of the competition) holds the row
 * already, the lock is not waited for (NOWAIT, no deadlock) and the version moves, as before.
 */
export class UnpublishedWorkNotPublic1795301600000 implements MigrationInterface {
  name = 'UnpublishedWorkNotPublic1795301600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_public_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        competitions uuid[];
      BEGIN
        IF current_setting('gpa.preview', true) = 'on' THEN
          RETURN NULL;
        END IF;
        IF TG_ARGV[0] = 'rows' THEN
          IF NOT EXISTS (SELECT 1 FROM changed) THEN
            RETURN NULL;
          END IF;
        ELSE
          IF TG_ARGV[0] = 'competition' THEN
            SELECT array_agg(DISTINCT competition_id) INTO competitions FROM changed;
            IF TG_OP = 'UPDATE' THEN
              SELECT array_agg(DISTINCT competition_id) || competitions INTO competitions
                FROM changed_before;
            END IF;
          ELSE
            SELECT array_agg(DISTINCT p.competition_id) INTO competitions
              FROM changed r JOIN practice p ON p.id = r.practice_id;
            IF TG_OP = 'UPDATE' THEN
              SELECT array_agg(DISTINCT p.competition_id) || competitions INTO competitions
                FROM changed_before r JOIN practice p ON p.id = r.practice_id;
            END IF;
          END IF;
          IF competitions IS NULL THEN
            RETURN NULL;
          END IF;
          BEGIN
            PERFORM 1 FROM competition WHERE id = ANY(competitions) FOR SHARE NOWAIT;
          EXCEPTION WHEN lock_not_available THEN
            competitions := NULL; -- being changed right now: move the version, as before
          END;
          IF competitions IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM competition WHERE id = ANY(competitions) AND status = 'PUBLISHED'
          ) THEN
            RETURN NULL;
          END IF;
        END IF;
        UPDATE public_data_version SET version = version + 1 WHERE id = 1;
        PERFORM pg_notify('gpa_public_changed', '');
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      const owner = OWNED.find(([t]) => t === table)?.[1] ?? 'rows';
      await queryRunner.query(`DROP TRIGGER ${table}_public_changed ON ${table}`);
      for (const [event, transitions] of EVENTS)
        await queryRunner.query(`
          CREATE TRIGGER ${table}_public_changed_${event.toLowerCase()} AFTER ${event} ON ${table}
          REFERENCING ${transitions}
          FOR EACH STATEMENT EXECUTE FUNCTION notify_public_rows_changed('${owner}')`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_public_changed_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_public_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const event of [...EVENTS.map(([e]) => e), 'TRUNCATE'])
        await queryRunner.query(
          `DROP TRIGGER ${table}_public_changed_${event.toLowerCase()} ON ${table}`,
        );
      await queryRunner.query(`
        CREATE TRIGGER ${table}_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_public_changed()`);
    }
    await queryRunner.query(`DROP FUNCTION notify_public_rows_changed()`);
  }
}
