import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The labels the search index shows in its facets: a change to one of them changes its answers. */
const LABELS: [table: string, columns: string[]][] = [
  ['country', ['code', 'name']],
  ['institution', ['slug', 'name']],
  ['priority_area', ['slug', 'name']],
];

/**
 * Hand-written: public_data_version.search_version moves only when what the in-memory search
 * index holds changes: rows of practice_search (published practices) or the labels of its facets.
 * public_data_version.version moves on any change to a public table (a new institution, an
 * edited draft's institution, a jury text); rebuilding the index for those would cost seconds of
 * CPU at 100,000 practices for nothing. Statement-level triggers with transition tables, so that
 * practice_search_sync's DELETE and INSERT of no rows (a draft was edited) move nothing. Like the
 * public version, not during a publication preview (gpa.preview), which is rolled back.
 */
export class SearchDataVersion1795301410000 implements MigrationInterface {
  name = 'SearchDataVersion1795301410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE public_data_version ADD COLUMN search_version bigint NOT NULL DEFAULT 1`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('gpa.preview', true) IS DISTINCT FROM 'on' THEN
          UPDATE public_data_version SET search_version = search_version + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
      END $$`);
    // Statement level over practice_search: only when the statement changed rows.
    await queryRunner.query(`
      CREATE FUNCTION bump_search_version_if_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('gpa.preview', true) IS DISTINCT FROM 'on'
           AND EXISTS (SELECT 1 FROM changed) THEN
          UPDATE public_data_version SET search_version = search_version + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [event, transition] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      await queryRunner.query(`
        CREATE TRIGGER practice_search_${event.toLowerCase()}_search_version AFTER ${event} ON practice_search
        REFERENCING ${transition} TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION bump_search_version_if_rows()`);
    }
    for (const [table, columns] of LABELS) {
      // Row level (transition tables cannot go with a column list): only a real change of value.
      const changed = columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
      await queryRunner.query(`
        CREATE TRIGGER ${table}_search_version AFTER UPDATE OF ${columns.join(', ')} ON ${table}
        FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION bump_search_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of LABELS)
      await queryRunner.query(`DROP TRIGGER ${table}_search_version ON ${table}`);
    for (const event of ['insert', 'update', 'delete'])
      await queryRunner.query(
        `DROP TRIGGER practice_search_${event}_search_version ON practice_search`,
      );
    await queryRunner.query(`DROP FUNCTION bump_search_version_if_rows()`);
    await queryRunner.query(`DROP FUNCTION bump_search_version()`);
    await queryRunner.query(`ALTER TABLE public_data_version DROP COLUMN search_version`);
  }
}
