import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: what TypeORM does not model.
 * - practice.search_vector, kept current by triggers: title (A); summary, institution and
 *   country (B); the form's sections, lessons and figures (C). English stemming.
 * - the published_* views: the only relations the public read path queries, so that an
 *   anonymous caller can reach nothing of an unpublished competition.
 */
export class SearchAndPublishedViews1795299300000 implements MigrationInterface {
  name = 'SearchAndPublishedViews1795299300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE FUNCTION practice_build_search_vector(
        p_id uuid, p_title text, p_summary text, p_institution_id uuid
      ) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT
          setweight(to_tsvector('english', coalesce(p_title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(p_summary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(
            (SELECT concat_ws(' ', i.name, i.acronym, c.name)
               FROM institution i JOIN country c ON c.id = i.country_id
              WHERE i.id = p_institution_id), '')), 'B') ||
          setweight(to_tsvector('english', concat_ws(' ',
            (SELECT string_agg(s.body, ' ') FROM practice_section s WHERE s.practice_id = p_id),
            (SELECT string_agg(l.text, ' ') FROM practice_lesson l WHERE l.practice_id = p_id),
            (SELECT string_agg(concat_ws(' ', f.group_label, f.label, f.value), ' ')
               FROM practice_figure f WHERE f.practice_id = p_id))), 'C')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION practice_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := practice_build_search_vector(NEW.id, NEW.title, NEW.summary, NEW.institution_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER practice_search_refresh BEFORE INSERT OR UPDATE ON practice
      FOR EACH ROW EXECUTE FUNCTION practice_search_refresh()`);
    // A change to a practice's parts touches the practice, whose own trigger recomputes.
    await queryRunner.query(`
      CREATE FUNCTION practice_part_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice SET search_vector = NULL
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.practice_id ELSE NEW.practice_id END;
        RETURN NULL;
      END $$`);
    for (const table of ['practice_section', 'practice_lesson', 'practice_figure']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_touch AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION practice_part_touch()`);
    }
    await queryRunner.query(`
      CREATE FUNCTION institution_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice SET search_vector = NULL WHERE institution_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER institution_search_touch AFTER UPDATE OF name, acronym, country_id ON institution
      FOR EACH ROW EXECUTE FUNCTION institution_search_touch()`);
    await queryRunner.query(`
      CREATE FUNCTION country_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice SET search_vector = NULL
         WHERE institution_id IN (SELECT id FROM institution WHERE country_id = NEW.id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER country_search_touch AFTER UPDATE OF name ON country
      FOR EACH ROW EXECUTE FUNCTION country_search_touch()`);
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_vector" ON practice USING GIN (search_vector)`,
    );

    await queryRunner.query(`
      CREATE VIEW published_competition AS
      SELECT c.* FROM competition c WHERE c.status = 'PUBLISHED'`);
    await queryRunner.query(`
      CREATE VIEW published_practice AS
      SELECT p.id, p.slug, p.title, p.summary, p.in_operation_since, p.position, p.created_at,
             p.search_vector, p.competition_id, p.institution_id, i.country_id,
             c.region, c.year, d.outcome, d.jury_text
        FROM practice p
        JOIN competition c ON c.id = p.competition_id AND c.status = 'PUBLISHED'
        JOIN institution i ON i.id = p.institution_id
        LEFT JOIN decision d ON d.practice_id = p.id
       WHERE p.status = 'SUBMITTED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW published_practice`);
    await queryRunner.query(`DROP VIEW published_competition`);
    await queryRunner.query(`DROP INDEX "IDX_practice_search_vector"`);
    await queryRunner.query(`DROP TRIGGER country_search_touch ON country`);
    await queryRunner.query(`DROP FUNCTION country_search_touch()`);
    await queryRunner.query(`DROP TRIGGER institution_search_touch ON institution`);
    await queryRunner.query(`DROP FUNCTION institution_search_touch()`);
    for (const table of ['practice_section', 'practice_lesson', 'practice_figure']) {
      await queryRunner.query(`DROP TRIGGER ${table}_touch ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION practice_part_touch()`);
    await queryRunner.query(`DROP TRIGGER practice_search_refresh ON practice`);
    await queryRunner.query(`DROP FUNCTION practice_search_refresh()`);
    await queryRunner.query(`DROP FUNCTION practice_build_search_vector(uuid, text, text, uuid)`);
  }
}
