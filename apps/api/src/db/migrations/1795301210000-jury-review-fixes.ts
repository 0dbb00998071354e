import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Jury review fixes: a dismissed proposal keeps the reason it had (shown to the chair and the
 * secretariat), and a competition's criteria carry a list version for optimistic concurrency.
 */
export class JuryReviewFixes1795301210000 implements MigrationInterface {
  name = 'JuryReviewFixes1795301210000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conflict_dismissal" ADD "reason" text`);
    await queryRunner.query(
      `ALTER TABLE "jury_criterion" ADD "list_version" integer NOT NULL DEFAULT 1`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jury_criterion" DROP COLUMN "list_version"`);
    await queryRunner.query(`ALTER TABLE "conflict_dismissal" DROP COLUMN "reason"`);
  }
}
