import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1795299256988 implements MigrationInterface {
  name = 'Initial1795299256988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "triennium" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "start_year" integer NOT NULL, "end_year" integer NOT NULL, CONSTRAINT "PK_d372f7d8842d1db78564c1b136f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_triennium_years" ON "triennium"  ("start_year", "end_year") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."region" AS ENUM('AFRICA', 'AMERICAS', 'ASIA_PACIFIC', 'EUROPE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."competition_status" AS ENUM('DRAFT', 'OPEN', 'JUDGING', 'DECIDED', 'PUBLISHED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "competition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "region" "public"."region" NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "triennium_id" uuid NOT NULL, "status" "public"."competition_status" NOT NULL DEFAULT 'DRAFT', "forum_name" text, "forum_place" text, "forum_date" date, "submission_deadline" date, "introduction" text NOT NULL DEFAULT '', "jury_introduction" text NOT NULL DEFAULT '', "portal_note" text, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ca97e06331b5990b704c4d160f2" UNIQUE ("slug"), CONSTRAINT "PK_a52a6248db574777b226e9445bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_competition_region_year" ON "competition"  ("region", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jury_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "name" text, "is_chair" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_208b3f007785647dfc5a521ac12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_jury_member_position" ON "jury_member"  ("competition_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "country" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character(2) NOT NULL, "name" text NOT NULL, "sort_name" text NOT NULL, "region" "public"."region" NOT NULL, CONSTRAINT "UQ_8ff4c23dc9a3f3856555bd86186" UNIQUE ("code"), CONSTRAINT "UQ_2c5aa339240c0c3ae97fcc9dc4c" UNIQUE ("name"), CONSTRAINT "PK_bf6e37c231c4f4ea56dcd887269" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "institution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "acronym" text, "country_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_eef02e265f84ceb9d48b88015f9" UNIQUE ("slug"), CONSTRAINT "PK_f60ee4ff0719b7df54830b39087" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d3d1f401ad04b04fe22f355807" ON "institution"  ("country_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_institution_country_name" ON "institution"  ("country_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."entry_status" AS ENUM('DRAFT', 'SUBMITTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "competition_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "title" text NOT NULL, "summary" text, "in_operation_since" integer, "status" "public"."entry_status" NOT NULL DEFAULT 'SUBMITTED', "position" integer, "search_vector" tsvector, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_89c09decfcbc66625074caa639e" UNIQUE ("slug"), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8eafa1241683ca75b8a7c63c23" ON "practice"  ("competition_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fa485c121d3860c1753fb8fbce" ON "practice"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_practice_competition_institution_title" ON "practice"  ("competition_id", "institution_id", "title") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."outcome" AS ENUM('AWARD', 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', 'CERTIFICATE_OF_MERIT', 'ATTESTATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision" ("practice_id" uuid NOT NULL, "outcome" "public"."outcome" NOT NULL, "jury_text" text, "version" integer NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98347e41f214c2a00daa85647e4" PRIMARY KEY ("practice_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4750f1ef70bf77ef15128e0e6a" ON "decision"  ("outcome") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_figure" ("practice_id" uuid NOT NULL, "position" integer NOT NULL, "group_label" text, "label" text NOT NULL, "value" text, "before_value" double precision, "after_value" double precision, "unit" text, CONSTRAINT "PK_7f6dbd9b15d1ec381ca4d7c1427" PRIMARY KEY ("practice_id", "position"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."lesson_kind" AS ENUM('SUCCESS_FACTOR', 'RISK')`);
    await queryRunner.query(
      `CREATE TABLE "practice_lesson" ("practice_id" uuid NOT NULL, "kind" "public"."lesson_kind" NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_0e4df1be0394c0387a24b42cebd" PRIMARY KEY ("practice_id", "kind", "position"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "priority_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, CONSTRAINT "UQ_77190e3961b2507e93f483bfc50" UNIQUE ("slug"), CONSTRAINT "UQ_03975171024cccafd966c09bb21" UNIQUE ("name"), CONSTRAINT "PK_3fcc563c964052f0d2258bc607a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_priority_area" ("practice_id" uuid NOT NULL, "priority_area_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_2381889d8a3c2a407632dbe81bd" PRIMARY KEY ("practice_id", "priority_area_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b4f9aee9d96a89ca1c8aed802e" ON "practice_priority_area"  ("priority_area_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_section" ("practice_id" uuid NOT NULL, "key" text NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_28387214d6cdc7c573e829254a7" PRIMARY KEY ("practice_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "triennium_priority_area" ("triennium_id" uuid NOT NULL, "priority_area_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_173bdd22ea88dbe1ddc748afafb" PRIMARY KEY ("triennium_id", "priority_area_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition" ADD CONSTRAINT "FK_3faf1629f790a2fe0bce1dd9144" FOREIGN KEY ("triennium_id") REFERENCES "triennium"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_member" ADD CONSTRAINT "FK_c88b78e68f9e779fe48a2a6a5bd" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institution" ADD CONSTRAINT "FK_d3d1f401ad04b04fe22f3558079" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice" ADD CONSTRAINT "FK_8eafa1241683ca75b8a7c63c23c" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice" ADD CONSTRAINT "FK_fa485c121d3860c1753fb8fbcee" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_98347e41f214c2a00daa85647e4" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_figure" ADD CONSTRAINT "FK_a3a46d343315cf279be42b2eae8" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_lesson" ADD CONSTRAINT "FK_eda95b4e7abbcd5f38dc4b7dbbc" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_priority_area" ADD CONSTRAINT "FK_44cfeaffb91407c1d03391fb7c1" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_priority_area" ADD CONSTRAINT "FK_b4f9aee9d96a89ca1c8aed802eb" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_section" ADD CONSTRAINT "FK_65af6d222ca7aeef3fc3ab27ba1" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "triennium_priority_area" ADD CONSTRAINT "FK_b48acc4cd5a9c1e1ff5652ae2a0" FOREIGN KEY ("triennium_id") REFERENCES "triennium"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "triennium_priority_area" ADD CONSTRAINT "FK_79d89cb0118a05ee5b573bb3143" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "triennium_priority_area" DROP CONSTRAINT "FK_79d89cb0118a05ee5b573bb3143"`,
    );
    await queryRunner.query(
      `ALTER TABLE "triennium_priority_area" DROP CONSTRAINT "FK_b48acc4cd5a9c1e1ff5652ae2a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_section" DROP CONSTRAINT "FK_65af6d222ca7aeef3fc3ab27ba1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_priority_area" DROP CONSTRAINT "FK_b4f9aee9d96a89ca1c8aed802eb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_priority_area" DROP CONSTRAINT "FK_44cfeaffb91407c1d03391fb7c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_lesson" DROP CONSTRAINT "FK_eda95b4e7abbcd5f38dc4b7dbbc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_figure" DROP CONSTRAINT "FK_a3a46d343315cf279be42b2eae8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" DROP CONSTRAINT "FK_98347e41f214c2a00daa85647e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice" DROP CONSTRAINT "FK_fa485c121d3860c1753fb8fbcee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice" DROP CONSTRAINT "FK_8eafa1241683ca75b8a7c63c23c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "institution" DROP CONSTRAINT "FK_d3d1f401ad04b04fe22f3558079"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_member" DROP CONSTRAINT "FK_c88b78e68f9e779fe48a2a6a5bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition" DROP CONSTRAINT "FK_3faf1629f790a2fe0bce1dd9144"`,
    );
    await queryRunner.query(`DROP TABLE "triennium_priority_area"`);
    await queryRunner.query(`DROP TABLE "practice_section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4f9aee9d96a89ca1c8aed802e"`);
    await queryRunner.query(`DROP TABLE "practice_priority_area"`);
    await queryRunner.query(`DROP TABLE "priority_area"`);
    await queryRunner.query(`DROP TABLE "practice_lesson"`);
    await queryRunner.query(`DROP TYPE "public"."lesson_kind"`);
    await queryRunner.query(`DROP TABLE "practice_figure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4750f1ef70bf77ef15128e0e6a"`);
    await queryRunner.query(`DROP TABLE "decision"`);
    await queryRunner.query(`DROP TYPE "public"."outcome"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_practice_competition_institution_title"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa485c121d3860c1753fb8fbce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8eafa1241683ca75b8a7c63c23"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP TYPE "public"."entry_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_institution_country_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3d1f401ad04b04fe22f355807"`);
    await queryRunner.query(`DROP TABLE "institution"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_jury_member_position"`);
    await queryRunner.query(`DROP TABLE "jury_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_competition_region_year"`);
    await queryRunner.query(`DROP TABLE "competition"`);
    await queryRunner.query(`DROP TYPE "public"."competition_status"`);
    await queryRunner.query(`DROP TYPE "public"."region"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_triennium_years"`);
    await queryRunner.query(`DROP TABLE "triennium"`);
  }
}
