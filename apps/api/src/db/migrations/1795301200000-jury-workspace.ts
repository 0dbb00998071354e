import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class JuryWorkspace1795301200000 implements MigrationInterface {
  name = 'JuryWorkspace1795301200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conflict_dismissal" ("practice_id" uuid NOT NULL, "user_id" uuid NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_924f56fbe7c6819e947b70e7634" PRIMARY KEY ("practice_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "deliberation_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cba82dd2c91cf4bf3dd46f888be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d65a2fdcd8796e9680c9c4dde" ON "deliberation_message"  ("practice_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jury_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "user_id" uuid NOT NULL, "proposed_outcome" "public"."outcome", "notes" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8917da3cd866649f487ae7c7b7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7d4ac83ee21a60e09a8d1a359d" ON "jury_assessment"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_jury_assessment_member" ON "jury_assessment"  ("practice_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jury_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "weight" numeric(6,2) NOT NULL DEFAULT '1', CONSTRAINT "PK_3d37385d37e8978f667cc8dab2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_jury_criterion_name" ON "jury_criterion"  ("competition_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jury_score" ("assessment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" smallint NOT NULL, CONSTRAINT "CHK_jury_score_range" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_36d892e5688e901d3b777e151a3" PRIMARY KEY ("assessment_id", "criterion_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "user_account" ADD "institution_id" uuid`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "country_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "conflict_of_interest" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "decision" ADD "decided_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_b6f33a3adee1631b55a1d6b8022" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_6b7fa3683c952485e7307d7397c" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_dismissal" ADD CONSTRAINT "FK_a8cf28fe762e257d22eeb5f2e32" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_dismissal" ADD CONSTRAINT "FK_ee272198f145ef9526fa53c5854" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliberation_message" ADD CONSTRAINT "FK_280bbde9bbd8ede4348ee7e0e95" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliberation_message" ADD CONSTRAINT "FK_e6ccdea6e7a91d69b1206341e1b" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_assessment" ADD CONSTRAINT "FK_16e7e300fa68a0be29f32287ef2" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_assessment" ADD CONSTRAINT "FK_7d4ac83ee21a60e09a8d1a359d7" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_criterion" ADD CONSTRAINT "FK_4a43ac83b0d0a8f94b0d5ba907f" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_score" ADD CONSTRAINT "FK_0fa368321c1d5e0342a8fb913e0" FOREIGN KEY ("assessment_id") REFERENCES "jury_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_score" ADD CONSTRAINT "FK_04be7d929be1f83d56f55044efe" FOREIGN KEY ("criterion_id") REFERENCES "jury_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_151703d1ced04c295203a731365" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decision" DROP CONSTRAINT "FK_151703d1ced04c295203a731365"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_score" DROP CONSTRAINT "FK_04be7d929be1f83d56f55044efe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_score" DROP CONSTRAINT "FK_0fa368321c1d5e0342a8fb913e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_criterion" DROP CONSTRAINT "FK_4a43ac83b0d0a8f94b0d5ba907f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_assessment" DROP CONSTRAINT "FK_7d4ac83ee21a60e09a8d1a359d7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_assessment" DROP CONSTRAINT "FK_16e7e300fa68a0be29f32287ef2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliberation_message" DROP CONSTRAINT "FK_e6ccdea6e7a91d69b1206341e1b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliberation_message" DROP CONSTRAINT "FK_280bbde9bbd8ede4348ee7e0e95"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_dismissal" DROP CONSTRAINT "FK_ee272198f145ef9526fa53c5854"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_dismissal" DROP CONSTRAINT "FK_a8cf28fe762e257d22eeb5f2e32"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" DROP CONSTRAINT "FK_6b7fa3683c952485e7307d7397c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" DROP CONSTRAINT "FK_b6f33a3adee1631b55a1d6b8022"`,
    );
    await queryRunner.query(`ALTER TABLE "decision" DROP COLUMN "decided_by"`);
    await queryRunner.query(`ALTER TABLE "conflict_of_interest" DROP COLUMN "confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "country_id"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "institution_id"`);
    await queryRunner.query(`DROP TABLE "jury_score"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_jury_criterion_name"`);
    await queryRunner.query(`DROP TABLE "jury_criterion"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_jury_assessment_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d4ac83ee21a60e09a8d1a359d"`);
    await queryRunner.query(`DROP TABLE "jury_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d65a2fdcd8796e9680c9c4dde"`);
    await queryRunner.query(`DROP TABLE "deliberation_message"`);
    await queryRunner.query(`DROP TABLE "conflict_dismissal"`);
  }
}
