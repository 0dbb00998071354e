/**
 * The search SQL that PostGraphile's functions and the raw-SQL floor share: the obvious design
 * our API uses today (GIN match on the stored weighted vector, ranked by ts_rank with a bonus
 * for title matches, ties by id; NEWEST is year, outcome, position, title, id).
 */
export const RANK = `ts_rank('{0.05, 0.2, 0.4, 1.0}', pp.search_vector, tsq) + CASE WHEN to_tsvector('english', pp.title) @@ tsq THEN 1 ELSE 0 END`;

/** The NEWEST sort keys as columns k_year (descending), k_outcome, k_position, k_title, then id. */
export const NEWEST_KEYS = `pp.year AS k_year,
  coalesce(array_position(enum_range(NULL::public.outcome), pp.outcome), 99) AS k_outcome,
  coalesce(pp.position, 2147483647) AS k_position,
  lower(regexp_replace(pp.title, '^[^[:alnum:]]+', '')) COLLATE "C" AS k_title`;
export const NEWEST_ORDER = (t: string) =>
  `${t}.k_year DESC, ${t}.k_outcome, ${t}.k_position, ${t}.k_title, ${t}.id`;

export const HEADLINE_OPTIONS = `'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'`;

export const AREA_MATCH = (slugs: string) =>
  `EXISTS (SELECT 1 FROM public.practice_priority_area ppa JOIN public.priority_area a ON a.id = ppa.priority_area_id
            WHERE ppa.practice_id = pp.id AND a.slug = ANY(${slugs}))`;

/**
 * All six facets in one statement, each with every other facet's selection applied: the
 * scope (the text match) is materialized once, the two selections the workloads use become
 * flags. `regions` and `areas` are SQL expressions or null (no selection). Each row carries
 * `values`, how many values its facet has; `valuesPerFacet` (an SQL expression, null for all)
 * keeps each facet's first values (years newest first, other facets' most practices first) and
 * the selected ones, as our API's `first` on a facet list does.
 */
export function facetsSql(
  scope: { from: string; where: string },
  regions: string | null,
  areas: string | null,
  valuesPerFacet: string,
): string {
  const other = (facet: 'regions' | 'areas' | 'other') =>
    [
      facet !== 'regions' && regions ? 'm.f_regions' : null,
      facet !== 'areas' && areas ? 'm.f_areas' : null,
    ]
      .filter(Boolean)
      .join(' AND ') || 'true';
  return `WITH m AS MATERIALIZED (
      SELECT pp.id, pp.region, pp.country_id, pp.institution_id, pp.outcome, pp.year,
             ${regions ? `pp.region = ANY(${regions})` : 'true'} AS f_regions,
             ${areas ? AREA_MATCH(areas) : 'true'} AS f_areas
        FROM ${scope.from} ${scope.where ? `WHERE ${scope.where}` : ''})
    SELECT facet, value, label, count, values
      FROM (SELECT f.*, count(*) OVER (PARTITION BY f.facet)::int AS values,
                   row_number() OVER (PARTITION BY f.facet ORDER BY
                     CASE WHEN f.facet = 'years' THEN -f.value::int END, f.count DESC, coalesce(f.label, f.value)) AS n
              FROM (
    SELECT 'regions' AS facet, m.region::text AS value, NULL::text AS label, count(*)::int AS count
      FROM m WHERE ${other('regions')} GROUP BY m.region
    UNION ALL
    SELECT 'countries', c.code::text, c.name, count(*)::int
      FROM m JOIN public.country c ON c.id = m.country_id WHERE ${other('other')} GROUP BY c.code, c.name
    UNION ALL
    SELECT 'institutions', i.slug, i.name, count(*)::int
      FROM m JOIN public.institution i ON i.id = m.institution_id WHERE ${other('other')} GROUP BY i.slug, i.name
    UNION ALL
    SELECT 'priorityAreas', a.slug, a.name, count(*)::int
      FROM m JOIN public.practice_priority_area ppa ON ppa.practice_id = m.id
             JOIN public.priority_area a ON a.id = ppa.priority_area_id
     WHERE ${other('areas')} GROUP BY a.slug, a.name
    UNION ALL
    SELECT 'outcomes', m.outcome::text, NULL, count(*)::int
      FROM m WHERE m.outcome IS NOT NULL AND ${other('other')} GROUP BY m.outcome
    UNION ALL
    SELECT 'years', m.year::text, NULL, count(*)::int FROM m WHERE ${other('other')} GROUP BY m.year
            ) f) r
     WHERE ${valuesPerFacet} IS NULL OR r.n <= ${valuesPerFacet}
        ${regions ? `OR (r.facet = 'regions' AND r.value = ANY(${regions}::text[]))` : ''}
        ${areas ? `OR (r.facet = 'priorityAreas' AND r.value = ANY(${areas}))` : ''}`;
}
