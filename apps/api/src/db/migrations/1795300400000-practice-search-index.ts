import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: practice_search, a narrow copy of every PUBLISHED practice with what search,
 * facets and sorting need, kept current by triggers. Searching it needs no join, its search
 * vectors live out of line (so a match set is found without reading them), and each public
 * order has an index that matches it.
 */
export class PracticeSearchIndex1795300400000 implements MigrationInterface {
  name = 'PracticeSearchIndex1795300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE practice_search (
        practice_id uuid PRIMARY KEY REFERENCES practice(id) ON DELETE CASCADE,
        competition_id uuid NOT NULL,
        institution_id uuid NOT NULL,
        country_id uuid NOT NULL,
        region region NOT NULL,
        year int NOT NULL,
        outcome outcome,
        area_ids uuid[] NOT NULL DEFAULT '{}',
        -- sort keys, all ascending: NEWEST is (neg_year, outcome_rank, pos, title_key, practice_id)
        neg_year int NOT NULL,
        outcome_rank int NOT NULL,
        pos int NOT NULL,
        title_key text COLLATE "C" NOT NULL,
        title_vector tsvector NOT NULL,
        vector tsvector NOT NULL
      ) WITH (toast_tuple_target = 128)`);
    await queryRunner.query(`ALTER TABLE practice_search ALTER COLUMN vector SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_vector_gin" ON practice_search USING GIN (vector)`,
    );
    // No index on area_ids: the planner would AND a third of the table into a rare term's bitmap.
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_newest" ON practice_search (neg_year, outcome_rank, pos, title_key, practice_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_title" ON practice_search (title_key, practice_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_country" ON practice_search (country_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_institution" ON practice_search (institution_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_practice_search_competition" ON practice_search (competition_id)`,
    );

    // Makes practice_search hold exactly the published rows among `ids` (all of them when null).
    await queryRunner.query(`
      CREATE FUNCTION practice_search_sync(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM practice_search WHERE ids IS NULL OR practice_id = ANY(ids);
        INSERT INTO practice_search
        SELECT pp.id, pp.competition_id, pp.institution_id, pp.country_id, pp.region, pp.year, pp.outcome,
               coalesce((SELECT array_agg(ppa.priority_area_id ORDER BY ppa.position)
                           FROM practice_priority_area ppa WHERE ppa.practice_id = pp.id), '{}'),
               -pp.year,
               coalesce(array_position(enum_range(NULL::outcome), pp.outcome), 99),
               coalesce(pp.position, 2147483647),
               lower(regexp_replace(pp.title, '^[^[:alnum:]]+', '')),
               to_tsvector('english', pp.title),
               coalesce(pp.search_vector, ''::tsvector)
          FROM published_practice pp
         WHERE ids IS NULL OR pp.id = ANY(ids);
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION practice_search_on_practice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM practice_search_sync(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER practice_search_on_practice AFTER INSERT OR UPDATE ON practice
      FOR EACH ROW EXECUTE FUNCTION practice_search_on_practice()`);
    await queryRunner.query(`
      CREATE FUNCTION practice_search_on_part() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM practice_search_sync(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD.practice_id ELSE NEW.practice_id END]);
        RETURN NULL;
      END $$`);
    for (const table of ['decision', 'practice_priority_area']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_search_sync AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION practice_search_on_part()`);
    }
    await queryRunner.query(`
      CREATE FUNCTION practice_search_on_competition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM practice_search_sync(ARRAY(SELECT id FROM practice WHERE competition_id = NEW.id));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER competition_search_sync AFTER UPDATE OF status, year, region ON competition
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.year <> NEW.year OR OLD.region <> NEW.region)
      EXECUTE FUNCTION practice_search_on_competition()`);
    await queryRunner.query(`SELECT practice_search_sync(NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER competition_search_sync ON competition`);
    await queryRunner.query(`DROP FUNCTION practice_search_on_competition()`);
    await queryRunner.query(`DROP TRIGGER decision_search_sync ON decision`);
    await queryRunner.query(
      `DROP TRIGGER practice_priority_area_search_sync ON practice_priority_area`,
    );
    await queryRunner.query(`DROP FUNCTION practice_search_on_part()`);
    await queryRunner.query(`DROP TRIGGER practice_search_on_practice ON practice`);
    await queryRunner.query(`DROP FUNCTION practice_search_on_practice()`);
    await queryRunner.query(`DROP FUNCTION practice_search_sync(uuid[])`);
    await queryRunner.query(`DROP TABLE practice_search`);
  }
}
