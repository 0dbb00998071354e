import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The words of titles, summaries, institution and country names of the published practices. */
const PRACTICE_WORDS = `
      FROM practice_search n
      JOIN practice p ON p.id = n.practice_id
      JOIN institution i ON i.id = p.institution_id
      JOIN country c ON c.id = i.country_id,
           unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', p.title, p.summary, i.name, c.name)))) w`;

/** Which of those words search_word keeps: 3–40 letters, not an English stop word. */
const KEPT = `w ~ '^[[:alpha:]]{3,40}$' AND to_tsvector('english', w) <> ''::tsvector`;

const SUGGEST_ROWS = `
        SELECT 'PRACTICE', p.id, p.title, p.slug, search_fold(p.title)
          FROM practice_search ps JOIN practice p ON p.id = ps.practice_id
        UNION ALL
        SELECT 'INSTITUTION', id, name, slug, search_fold(concat_ws(' ', name, acronym)) FROM institution
        UNION ALL
        SELECT 'COUNTRY', id, name, code, search_fold(concat_ws(' ', sort_name, name)) FROM country
        UNION ALL
        SELECT 'PRIORITY_AREA', id, name, slug, search_fold(name) FROM priority_area`;

/**
 * Hand-written: search_assist_sync(), the rebuild of suggest_entry and search_word after a bulk
 * load that ran with triggers off (the bench's generator), made set-based. It produces the same
 * rows as the version of SearchAssist1795301300000, which at a million practices was still
 * running after six minutes:
 *
 * - the secondary indexes of both tables (the trigram GIN and GiST indexes and the prefix
 *   B-tree; not those of a constraint) are dropped before the inserts and re-created after,
 *   from their own definitions (pg_get_indexdef), so that one that a later migration adds or
 *   changes is kept as it is;
 * - the words are made distinct before they are filtered: the old statement applied the regular
 *   expression and to_tsvector('english', …) to every occurrence of every word (about 50 per
 *   practice), which cost three quarters of its time; the distinct words go through a temporary
 *   table, because CREATE TABLE AS may use parallel workers where INSERT … SELECT may not.
 *
 * The words are still those of the text itself: the stored vectors hold English stems
 * ('servic'), not words, and the summaries hold words found nowhere else.
 *
 * Dropping an index takes an exclusive lock on its table until the transaction ends: a bulk
 * tool's function, not one for a serving database (the triggers keep the tables current there).
 */
export class SearchAssistBulkSync1795301400000 implements MigrationInterface {
  name = 'SearchAssistBulkSync1795301400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION search_assist_sync() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        indexes text[];
        definitions text[];
        nth int;
      BEGIN
        SELECT coalesce(array_agg(x.indexrelid::regclass::text ORDER BY x.indexrelid), '{}'),
               coalesce(array_agg(pg_get_indexdef(x.indexrelid) ORDER BY x.indexrelid), '{}')
          INTO indexes, definitions
          FROM pg_index x
         WHERE x.indrelid IN ('suggest_entry'::regclass, 'search_word'::regclass)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid);
        FOR nth IN 1 .. cardinality(indexes) LOOP
          EXECUTE 'DROP INDEX ' || indexes[nth];
        END LOOP;

        DELETE FROM suggest_entry;
        INSERT INTO suggest_entry (kind, ref_id, label, slug, fold)
        ${SUGGEST_ROWS};

        CREATE TEMPORARY TABLE search_assist_sync_words ON COMMIT DROP AS
        SELECT DISTINCT w ${PRACTICE_WORDS};
        INSERT INTO search_word (word)
        SELECT w FROM search_assist_sync_words WHERE ${KEPT}
        ON CONFLICT (word) DO NOTHING;
        DROP TABLE search_assist_sync_words;

        FOR nth IN 1 .. cardinality(definitions) LOOP
          EXECUTE definitions[nth];
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_assist_sync()`);
    // The version of SearchAssist1795301300000.
    await queryRunner.query(`
      CREATE FUNCTION search_assist_sync() RETURNS void LANGUAGE sql AS $$
        DELETE FROM suggest_entry;
        INSERT INTO suggest_entry (kind, ref_id, label, slug, fold)
        ${SUGGEST_ROWS};
        INSERT INTO search_word (word)
        SELECT w FROM (
          SELECT DISTINCT w ${PRACTICE_WORDS}) x
         WHERE ${KEPT}
        ON CONFLICT (word) DO NOTHING;
      $$`);
  }
}
