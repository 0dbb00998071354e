import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: the secretariat's rules that the database keeps too. Institutions and
 * countries become versioned (optimistic concurrency for staff edits); one institution name
 * per country whatever its case or spacing; at most one chair per jury.
 */
export class SecretariatConsole1795301000000 implements MigrationInterface {
  name = 'SecretariatConsole1795301000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "institution" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "country" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_institution_country_normalized_name" ON "institution"
        ("country_id", lower(regexp_replace(btrim("name"), '\\s+', ' ', 'g')))`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_jury_member_chair" ON "jury_member" ("competition_id") WHERE "is_chair"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_jury_member_chair"`);
    await queryRunner.query(`DROP INDEX "UQ_institution_country_normalized_name"`);
    await queryRunner.query(`ALTER TABLE "country" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP COLUMN "version"`);
  }
}
