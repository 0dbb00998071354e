import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: e-mail addresses unique whatever their case, one seat per person per jury, and
 * an audit log that can only grow.
 */
export class AccountsConstraints1795299980000 implements MigrationInterface {
  name = 'AccountsConstraints1795299980000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_account_email" ON user_account (lower(email))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_jury_member_user" ON jury_member (competition_id, user_id) WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "UQ_jury_member_user"`);
    await queryRunner.query(`DROP INDEX "UQ_user_account_email"`);
  }
}
