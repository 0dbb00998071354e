import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Hand-written: what type-ahead (`suggest`) and "did you mean" (`didYouMean`) read.
 *
 * - `search_fold(text)`: lower case, accents removed (unaccent where the server has it), every
 *   run of other characters one space, with a leading space, so that `fold LIKE ' pen%'` is a
 *   prefix of the whole label and `fold LIKE '% pen%'` a prefix of any of its words.
 * - `suggest_entry`: one row per published practice (kept by triggers on practice_search), per
 *   institution, country and priority area (kept by triggers on their tables); whether an
 *   institution or country has published practices is checked when suggesting.
 * - `search_word`: the words of published titles, summaries, institution and country names.
 *   It only grows; a word is offered as a correction only after a check that it still matches
 *   a published practice, so a word of an unpublished entry never reaches the public.
 */
/**
 * Adds the words of the practices in `rows` (a relation with practice_id) to search_word: the
 * words of titles, summaries, institution and country names (the parser of the 'simple'
 * configuration, about three times faster than splitting with a regular expression).
 */
const addWords = (rows: string) => `
  INSERT INTO search_word (word)
  SELECT w FROM (
    SELECT DISTINCT w
      FROM ${rows} n
      JOIN practice p ON p.id = n.practice_id
      JOIN institution i ON i.id = p.institution_id
      JOIN country c ON c.id = i.country_id,
           unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', p.title, p.summary, i.name, c.name)))) w) x
   WHERE w ~ '^[[:alpha:]]{3,40}$' AND to_tsvector('english', w) <> ''::tsvector
  ON CONFLICT (word) DO NOTHING;`;

export class SearchAssist1795301300000 implements MigrationInterface {
  name = 'SearchAssist1795301300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ available }] = await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') AS available`,
    );
    if (available) await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() with its dictionary named is stable in fact; declared immutable so that the
    // planner folds search_fold($1) into a constant and can use the prefix index.
    const unaccented = available
      ? `unaccent('unaccent'::regdictionary, coalesce($1, ''))`
      : `translate(coalesce($1, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy')`;
    await queryRunner.query(`
      CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ' ' || btrim(regexp_replace(lower(${unaccented}), '[^[:alnum:]]+', ' ', 'g'))
      $$`);

    await queryRunner.query(`
      CREATE TABLE suggest_entry (
        kind text NOT NULL CHECK (kind IN ('PRACTICE', 'INSTITUTION', 'COUNTRY', 'PRIORITY_AREA')),
        ref_id uuid NOT NULL,
        label text NOT NULL,
        slug text NOT NULL,
        fold text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, ref_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_suggest_entry_prefix" ON suggest_entry (kind, fold, ref_id)`,
    );
    // Word starts by trigrams, one index for practices and a small one for the rest, so that
    // looking up institutions does not walk the practices' posting lists.
    await queryRunner.query(
      `CREATE INDEX "IDX_suggest_entry_practice_words" ON suggest_entry USING GIN (fold gin_trgm_ops)
        WHERE kind = 'PRACTICE'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_suggest_entry_words" ON suggest_entry USING GIN (fold gin_trgm_ops)
        WHERE kind IN ('INSTITUTION', 'COUNTRY', 'PRIORITY_AREA')`,
    );
    await queryRunner.query(`CREATE TABLE search_word (word text PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_word_trgm" ON search_word USING GIST (word gist_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION suggest_on_practice_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO suggest_entry (kind, ref_id, label, slug, fold)
        SELECT 'PRACTICE', p.id, p.title, p.slug, search_fold(p.title)
          FROM new_rows n JOIN practice p ON p.id = n.practice_id
        ON CONFLICT (kind, ref_id) DO UPDATE
          SET label = EXCLUDED.label, slug = EXCLUDED.slug, fold = EXCLUDED.fold;
        ${addWords('new_rows')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER suggest_on_practice_search_insert AFTER INSERT ON practice_search
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION suggest_on_practice_search_insert()`);
    await queryRunner.query(`
      CREATE FUNCTION suggest_on_practice_search_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM suggest_entry s
         USING old_rows o
         WHERE s.kind = 'PRACTICE' AND s.ref_id = o.practice_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER suggest_on_practice_search_delete AFTER DELETE ON practice_search
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION suggest_on_practice_search_delete()`);

    // Institutions, countries and priority areas: one entry each, renamed with them.
    const references = [
      {
        table: 'institution',
        kind: 'INSTITUTION',
        label: 'NEW.name',
        slug: 'NEW.slug',
        fold: `search_fold(concat_ws(' ', NEW.name, NEW.acronym))`,
      },
      {
        table: 'country',
        kind: 'COUNTRY',
        label: 'NEW.name',
        slug: 'NEW.code',
        // "Iran, Islamic Republic of" first: a country's label starts with its sorting name.
        fold: `search_fold(concat_ws(' ', NEW.sort_name, NEW.name))`,
      },
      {
        table: 'priority_area',
        kind: 'PRIORITY_AREA',
        label: 'NEW.name',
        slug: 'NEW.slug',
        fold: 'search_fold(NEW.name)',
      },
    ];
    for (const r of references) {
      await queryRunner.query(`
        CREATE FUNCTION suggest_on_${r.table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM suggest_entry WHERE kind = '${r.kind}' AND ref_id = OLD.id;
          ELSE
            INSERT INTO suggest_entry (kind, ref_id, label, slug, fold)
            VALUES ('${r.kind}', NEW.id, ${r.label}, ${r.slug}, ${r.fold})
            ON CONFLICT (kind, ref_id) DO UPDATE
              SET label = EXCLUDED.label, slug = EXCLUDED.slug, fold = EXCLUDED.fold;
          END IF;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER suggest_on_${r.table} AFTER INSERT OR UPDATE OR DELETE ON ${r.table}
        FOR EACH ROW EXECUTE FUNCTION suggest_on_${r.table}()`);
    }
    // Everything rebuilt from the tables, for a bulk load that ran with triggers off.
    await queryRunner.query(`
      CREATE FUNCTION search_assist_sync() RETURNS void LANGUAGE sql AS $$
        DELETE FROM suggest_entry;
        INSERT INTO suggest_entry (kind, ref_id, label, slug, fold)
        SELECT 'PRACTICE', p.id, p.title, p.slug, search_fold(p.title)
          FROM practice_search ps JOIN practice p ON p.id = ps.practice_id
        UNION ALL
        SELECT 'INSTITUTION', id, name, slug, search_fold(concat_ws(' ', name, acronym)) FROM institution
        UNION ALL
        SELECT 'COUNTRY', id, name, code, search_fold(concat_ws(' ', sort_name, name)) FROM country
        UNION ALL
        SELECT 'PRIORITY_AREA', id, name, slug, search_fold(name) FROM priority_area;
        ${addWords('practice_search')}
      $$`);
    await queryRunner.query(`SELECT search_assist_sync()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['institution', 'country', 'priority_area']) {
      await queryRunner.query(`DROP TRIGGER suggest_on_${table} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION suggest_on_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION search_assist_sync()`);
    await queryRunner.query(`DROP TRIGGER suggest_on_practice_search_delete ON practice_search`);
    await queryRunner.query(`DROP FUNCTION suggest_on_practice_search_delete()`);
    await queryRunner.query(`DROP TRIGGER suggest_on_practice_search_insert ON practice_search`);
    await queryRunner.query(`DROP FUNCTION suggest_on_practice_search_insert()`);
    await queryRunner.query(`DROP TABLE search_word`);
    await queryRunner.query(`DROP TABLE suggest_entry`);
    await queryRunner.query(`DROP FUNCTION search_fold(text)`);
  }
}
