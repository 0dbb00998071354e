import { type Outcome, type PracticeSort, type Region } from '@gpa/shared';

/** Which rows a list of practices holds and in what order, before paging. */
export interface PracticeQuery {
  /** Web-style search text (phrases, -word, or); null for none. */
  text: string | null;
  regions: Region[];
  countryCodes: string[];
  institutionSlugs: string[];
  priorityAreaSlugs: string[];
  outcomes: Outcome[];
  years: number[];
  /** Fixed scopes that are not facets: a competition's entries. */
  competitionId: string | null;
  order: PracticeOrder;
}

/** The public sorts plus the results booklet's order used for a competition's entries. */
export type PracticeOrder = PracticeSort | 'BOOKLET';

export const FACETS = [
  'regions',
  'countries',
  'institutions',
  'priorityAreas',
  'outcomes',
  'years',
] as const;
export type Facet = (typeof FACETS)[number];

/** The values a query's filter selects, per facet, as the facets' `value`s spell them. */
export function selectedFacetValues(query: PracticeQuery): Record<Facet, ReadonlySet<string>> {
  return {
    regions: new Set(query.regions),
    countries: new Set(query.countryCodes),
    institutions: new Set(query.institutionSlugs),
    priorityAreas: new Set(query.priorityAreaSlugs),
    outcomes: new Set(query.outcomes),
    years: new Set(query.years.map(String)),
  };
}

const MAX_QUERY_LENGTH = 500;

/** Normalizes user input: trims the text, drops empty values and duplicates, resolves the order. */
export function practiceQuery(input: {
  text?: string | null;
  filter?: Partial<
    Record<
      'regions' | 'countryCodes' | 'institutionSlugs' | 'priorityAreaSlugs' | 'outcomes' | 'years',
      unknown[] | null
    >
  > | null;
  sort?: PracticeSort | null;
  competitionId?: string | null;
  order?: PracticeOrder;
}): PracticeQuery {
  // NUL bytes cannot be stored in a PostgreSQL text value; they mean nothing in a search.
  const text = input.text?.replace(/\0/g, '').trim().slice(0, MAX_QUERY_LENGTH) || null;
  const f = input.filter ?? {};
  const uniq = <T>(values: unknown[] | null | undefined, map: (v: T) => T = (v) => v): T[] => [
    ...new Set((values ?? []).map((v) => map(v as T))),
  ];
  const order: PracticeOrder = input.order ?? input.sort ?? (text ? 'RELEVANCE' : 'NEWEST');
  return {
    text,
    regions: uniq<Region>(f.regions),
    countryCodes: uniq<string>(f.countryCodes, (c) => c.toUpperCase()),
    institutionSlugs: uniq<string>(f.institutionSlugs),
    priorityAreaSlugs: uniq<string>(f.priorityAreaSlugs),
    outcomes: uniq<Outcome>(f.outcomes),
    years: uniq<number>(f.years),
    competitionId: input.competitionId ?? null,
    // Relevance means nothing without a query; fall back to the browse order.
    order: order === 'RELEVANCE' && !text ? 'NEWEST' : order,
  };
}
