import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: the publication preview publishes one competition inside a transaction it then
 * rolls back. It sets the transaction-local `gpa.preview`, and the public-change trigger then
 * neither bumps public_data_version (whose row lock would block every other staff write to a
 * public table until the preview ends) nor notifies (nothing is committed anyway).
 */
export class PreviewWithoutVersionBump1795301020000 implements MigrationInterface {
  name = 'PreviewWithoutVersionBump1795301020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION notify_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('gpa.preview', true) = 'on' THEN
          RETURN NULL;
        END IF;
        UPDATE public_data_version SET version = version + 1 WHERE id = 1;
        PERFORM pg_notify('gpa_public_changed', '');
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION notify_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public_data_version SET version = version + 1 WHERE id = 1;
        PERFORM pg_notify('gpa_public_changed', '');
        RETURN NULL;
      END $$`);
  }
}
