import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: a new institution has no published practice, and the public sees an institution
 * only through its published practices (its page, facets, suggestions, filters), so creating
 * one changes no public answer. Its INSERT no longer moves public_data_version nor empties every
 * process's cache of public answers: the secretariat enters institutions all season (by hand and
 * by every import), and each used to flush the cache of every API process. Updates, deletes
 * and truncation still do.
 */
export class NewInstitutionNotPublic1795301500000 implements MigrationInterface {
  name = 'NewInstitutionNotPublic1795301500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER institution_public_changed ON institution`);
    await queryRunner.query(`
      CREATE TRIGGER institution_public_changed AFTER UPDATE OR DELETE OR TRUNCATE ON institution
      FOR EACH STATEMENT EXECUTE FUNCTION notify_public_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER institution_public_changed ON institution`);
    await queryRunner.query(`
      CREATE TRIGGER institution_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON institution
      FOR EACH STATEMENT EXECUTE FUNCTION notify_public_changed()`);
  }
}
