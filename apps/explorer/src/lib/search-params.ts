import {
  OUTCOMES,
  PRACTICE_SORTS,
  REGIONS,
  type Outcome,
  type PracticeSort,
  type Region,
} from '@gpa/shared';
import { type PracticeFilter } from '../generated/graphql';

/**
 * The search page's state lives in the address (a public contract, shared/API.md):
 * /practices?q=…&region=…&country=KR&institution=…&area=…&outcome=…&year=…&sort=…
 * with a key repeated for several values. This module is the only place that reads or
 * writes those parameters.
 */
export interface SearchState {
  q: string;
  region: Region[];
  country: string[];
  institution: string[];
  area: string[];
  outcome: Outcome[];
  year: number[];
  sort: PracticeSort | null;
}

export type FacetParam = 'region' | 'country' | 'institution' | 'area' | 'outcome' | 'year';

/** The facet panels in the order the page shows them, with the API names they map to. */
/** A facet as the API names it. */
export type SearchFacet =
  'regions' | 'countries' | 'institutions' | 'priorityAreas' | 'outcomes' | 'years';

export const FACETS: readonly {
  param: FacetParam;
  facet: SearchFacet;
  label: string;
}[] = [
  { param: 'region', facet: 'regions', label: 'Region' },
  { param: 'outcome', facet: 'outcomes', label: 'Outcome' },
  { param: 'year', facet: 'years', label: 'Year' },
  { param: 'area', facet: 'priorityAreas', label: 'Priority area' },
  { param: 'country', facet: 'countries', label: 'Country' },
  { param: 'institution', facet: 'institutions', label: 'Institution' },
];

export const EMPTY_SEARCH: SearchState = {
  q: '',
  region: [],
  country: [],
  institution: [],
  area: [],
  outcome: [],
  year: [],
  sort: null,
};

/** The order of the keys in an address, as the public contract lists them. */
const ADDRESS_ORDER: readonly FacetParam[] = [
  'region',
  'country',
  'institution',
  'area',
  'outcome',
  'year',
];

const MAX_QUERY_LENGTH = 500;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function values<T>(params: URLSearchParams, key: string, accept: (raw: string) => T | null): T[] {
  const out: T[] = [];
  for (const raw of params.getAll(key)) {
    const value = accept(raw.trim());
    if (value !== null && !out.includes(value)) out.push(value);
  }
  return out;
}

function member<T extends string>(list: readonly T[]) {
  return (raw: string): T | null => {
    const upper = raw.toUpperCase();
    return (list as readonly string[]).includes(upper) ? (upper as T) : null;
  };
}

/** Unknown or malformed values are dropped, so a hand-edited address never breaks the page. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    region: values(params, 'region', member(REGIONS)),
    country: values(params, 'country', (raw) =>
      /^[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : null,
    ),
    institution: values(params, 'institution', (raw) =>
      SLUG.test(raw.toLowerCase()) ? raw.toLowerCase() : null,
    ),
    area: values(params, 'area', (raw) =>
      SLUG.test(raw.toLowerCase()) ? raw.toLowerCase() : null,
    ),
    outcome: values(params, 'outcome', member(OUTCOMES)),
    year: values(params, 'year', (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : null)),
    sort: member(PRACTICE_SORTS)(params.get('sort') ?? ''),
  };
}

/** The canonical address form: fixed key order, empty parts left out. */
export function toSearchParams(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.set('q', q);
  for (const param of ADDRESS_ORDER) {
    for (const value of state[param] ?? []) params.append(param, String(value));
  }
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The order used when the address names none: relevance for a text search, else newest. */
export function defaultSort(state: Pick<SearchState, 'q'>): PracticeSort {
  return state.q.trim() ? 'RELEVANCE' : 'NEWEST';
}

export function effectiveSort(state: SearchState): PracticeSort {
  return state.sort ?? defaultSort(state);
}

export function facetValues(state: SearchState, param: FacetParam): string[] {
  return state[param].map(String);
}

/** Adds or removes one facet value; values the parameter cannot hold are ignored. */
export function toggleFacet(state: SearchState, param: FacetParam, value: string): SearchState {
  const selected = facetValues(state, param);
  const nextRaw = selected.includes(value)
    ? selected.filter((v) => v !== value)
    : [...selected, value];
  const params = new URLSearchParams(nextRaw.map((v) => [param, v]));
  return { ...state, [param]: parseSearchParams(params)[param] };
}

export function withoutFacets(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort };
}

export function activeFilterCount(state: SearchState): number {
  return FACETS.reduce((n, { param }) => n + state[param].length, 0);
}

/** The API's PracticeFilter for a state, or undefined when nothing is selected. */
export function toPracticeFilter(state: SearchState): PracticeFilter | undefined {
  const filter: PracticeFilter = {
    ...(state.region.length > 0 && { regions: state.region }),
    ...(state.country.length > 0 && { countryCodes: state.country }),
    ...(state.institution.length > 0 && { institutionSlugs: state.institution }),
    ...(state.area.length > 0 && { priorityAreaSlugs: state.area }),
    ...(state.outcome.length > 0 && { outcomes: state.outcome }),
    ...(state.year.length > 0 && { years: state.year }),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}
