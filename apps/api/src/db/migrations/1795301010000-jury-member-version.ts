import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Jury seats become versioned: an edit of the public description names the version it read,
 * and a stale one is refused with CONFLICT instead of silently overwriting a colleague's.
 */
export class JuryMemberVersion1795301010000 implements MigrationInterface {
  name = 'JuryMemberVersion1795301010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jury_member" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jury_member" DROP COLUMN "version"`);
  }
}
