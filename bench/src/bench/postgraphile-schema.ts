import { type PoolClient } from 'pg';
import { AREA_MATCH, facetsSql, HEADLINE_OPTIONS, NEWEST_KEYS, NEWEST_ORDER, RANK } from './sql.js';

const PRACTICE_COLUMNS = `pp.id, pp.slug, pp.title, pp.summary, pp.in_operation_since, pp.position,
  pp.competition_id, pp.institution_id, pp.country_id, pp.region, pp.year, pp.outcome, pp.jury_text`;

const SEARCH_FROM = `public.published_practice pp, websearch_to_tsquery('english', q) AS tsq`;

/**
 * The schema PostGraphile serves: views over the published data (with smart comments for keys
 * and relations), and SQL functions for what PostGraphile cannot express by itself (full-text
 * search with ranking, the NEWEST order, facet counts). The closest equivalent of our API that
 * a PostGraphile user would write. It lives in its own schema so ours is untouched; the bench
 * re-creates it at every run.
 */
export const BENCH_PG_SCHEMA = `
DROP SCHEMA IF EXISTS bench_pg CASCADE;
CREATE SCHEMA bench_pg;

CREATE VIEW bench_pg.country AS SELECT id, code::text AS code, name, region FROM public.country;
COMMENT ON VIEW bench_pg.country IS E'@primaryKey id';

CREATE VIEW bench_pg.institution AS SELECT id, slug, name, acronym, country_id FROM public.institution;
COMMENT ON VIEW bench_pg.institution IS E'@primaryKey id\\n@foreignKey (country_id) references bench_pg.country (id)';

CREATE VIEW bench_pg.competition AS
  SELECT c.id, c.slug, c.region, c.year, c.title, t.start_year || '–' || t.end_year AS triennium
    FROM public.published_competition c JOIN public.triennium t ON t.id = c.triennium_id;
COMMENT ON VIEW bench_pg.competition IS E'@primaryKey id';

CREATE VIEW bench_pg.priority_area AS SELECT id, slug, name FROM public.priority_area;
COMMENT ON VIEW bench_pg.priority_area IS E'@primaryKey id';

CREATE VIEW bench_pg.practice AS SELECT ${PRACTICE_COLUMNS} FROM public.published_practice pp;
COMMENT ON VIEW bench_pg.practice IS E'@primaryKey id\\n@unique slug\\n@foreignKey (institution_id) references bench_pg.institution (id)\\n@foreignKey (country_id) references bench_pg.country (id)\\n@foreignKey (competition_id) references bench_pg.competition (id)';

CREATE VIEW bench_pg.practice_priority_area AS
  SELECT practice_id, priority_area_id, position FROM public.practice_priority_area;
COMMENT ON VIEW bench_pg.practice_priority_area IS E'@primaryKey practice_id,priority_area_id\\n@foreignKey (practice_id) references bench_pg.practice (id)\\n@foreignKey (priority_area_id) references bench_pg.priority_area (id)';

CREATE VIEW bench_pg.practice_section AS SELECT practice_id, key, body FROM public.practice_section;
COMMENT ON VIEW bench_pg.practice_section IS E'@primaryKey practice_id,key\\n@foreignKey (practice_id) references bench_pg.practice (id)';

CREATE VIEW bench_pg.practice_lesson AS SELECT practice_id, kind::text AS kind, position, text FROM public.practice_lesson;
COMMENT ON VIEW bench_pg.practice_lesson IS E'@primaryKey practice_id,kind,position\\n@foreignKey (practice_id) references bench_pg.practice (id)';

CREATE VIEW bench_pg.practice_figure AS
  SELECT practice_id, position, group_label, label, value, before_value, after_value, unit FROM public.practice_figure;
COMMENT ON VIEW bench_pg.practice_figure IS E'@primaryKey practice_id,position\\n@foreignKey (practice_id) references bench_pg.practice (id)';

CREATE TYPE bench_pg.facet_count AS (facet text, value text, label text, count int, values int);

CREATE FUNCTION bench_pg.search_practices(q text, regions public.region[] DEFAULT NULL, area_slugs text[] DEFAULT NULL)
RETURNS SETOF bench_pg.practice LANGUAGE sql STABLE AS $$
  SELECT ${PRACTICE_COLUMNS}
    FROM ${SEARCH_FROM}
   WHERE pp.search_vector @@ tsq
     AND (regions IS NULL OR pp.region = ANY(regions))
     AND (area_slugs IS NULL OR ${AREA_MATCH('area_slugs')})
   ORDER BY ${RANK} DESC, pp.id
$$;

CREATE FUNCTION bench_pg.browse_practices(regions public.region[])
RETURNS SETOF bench_pg.practice LANGUAGE sql STABLE AS $$
  SELECT ${PRACTICE_COLUMNS.replace(/pp\./g, 'x.')}
    FROM (SELECT pp.*, ${NEWEST_KEYS} FROM public.published_practice pp WHERE pp.region = ANY(regions)) x
   ORDER BY ${NEWEST_ORDER('x')}
$$;

CREATE FUNCTION bench_pg.search_facets(q text, regions public.region[], area_slugs text[], values_per_facet int)
RETURNS SETOF bench_pg.facet_count LANGUAGE sql STABLE AS $$
  ${facetsSql({ from: SEARCH_FROM, where: 'pp.search_vector @@ tsq' }, 'regions', 'area_slugs', 'values_per_facet')}
$$;

CREATE FUNCTION bench_pg.browse_facets(regions public.region[], values_per_facet int)
RETURNS SETOF bench_pg.facet_count LANGUAGE sql STABLE AS $$
  ${facetsSql({ from: 'public.published_practice pp', where: '' }, 'regions', null, 'values_per_facet')}
$$;

CREATE FUNCTION bench_pg.practice_highlight(p bench_pg.practice, q text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT ts_headline('english', coalesce(p.summary, p.title), websearch_to_tsquery('english', q), ${HEADLINE_OPTIONS})
$$;
`;

export async function installBenchPgSchema(db: PoolClient): Promise<void> {
  await db.query(BENCH_PG_SCHEMA);
}
