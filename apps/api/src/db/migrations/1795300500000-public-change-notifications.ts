import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TABLES = [
  'practice_search',
  'practice',
  'practice_section',
  'practice_lesson',
  'practice_figure',
  'practice_priority_area',
  'decision',
  'competition',
  'jury_member',
  'institution',
  'country',
  'priority_area',
  'triennium_priority_area',
];

/**
 * Hand-written: any change to a table the public reads sends a notification on
 * `gpa_public_changed` when its transaction commits; every API process listens and empties its
 * cache of public answers at once. PostgreSQL folds identical notifications of one transaction.
 */
export class PublicChangeNotifications1795300500000 implements MigrationInterface {
  name = 'PublicChangeNotifications1795300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE public_data_version (id int PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO public_data_version VALUES (1, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION notify_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public_data_version SET version = version + 1 WHERE id = 1;
        PERFORM pg_notify('gpa_public_changed', '');
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_public_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(`DROP TRIGGER ${table}_public_changed ON ${table}`);
    await queryRunner.query(`DROP FUNCTION notify_public_changed()`);
    await queryRunner.query(`DROP TABLE public_data_version`);
  }
}
