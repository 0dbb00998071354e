import { OUTCOMES, REGIONS, type Outcome, type Region } from '@gpa/shared';
import { type FacetValue } from '../../../generated/graphql';
import { outcomeLabel, regionLabel } from '../../../lib/labels';
import { type FacetParam } from '../../../lib/search-params';

/**
 * The label of a facet value the API did not list (a value chosen in the address that no
 * longer matches anything): what the value itself says, readable where we can.
 */
export function fallbackLabel(param: FacetParam, value: string): string {
  if (param === 'region' && (REGIONS as readonly string[]).includes(value))
    return regionLabel(value as Region);
  if (param === 'outcome' && (OUTCOMES as readonly string[]).includes(value))
    return outcomeLabel(value as Outcome);
  return value;
}

/**
 * How a facet value reads in the interface: regions and outcomes are interface words, shown
 * in the interface language; names of countries, institutions and areas are content.
 */
export function facetValueLabel(param: FacetParam, value: string, listed?: string): string {
  if (param === 'region' || param === 'outcome' || !listed) return fallbackLabel(param, value);
  return listed;
}

/** Facets whose values are names from the database (content), not interface words. */
export function isContentFacet(param: FacetParam): boolean {
  return param === 'country' || param === 'institution' || param === 'area';
}

export type FacetOption = Pick<FacetValue, 'value' | 'label' | 'count'>;

/**
 * The API's values, plus selected ones it left out so that every selection can be undone.
 * Outcomes follow the booklet's order and years run latest first; other facets keep the
 * API's order (most practices first).
 */
export function facetOptions(
  param: FacetParam,
  listed: readonly FacetOption[],
  selected: readonly string[],
): FacetOption[] {
  const options = listed.map((o) => ({ ...o, label: facetValueLabel(param, o.value, o.label) }));
  for (const value of selected) {
    if (!options.some((o) => o.value === value))
      options.push({ value, label: fallbackLabel(param, value), count: 0 });
  }
  if (param === 'outcome') {
    const rank = (v: string) => (OUTCOMES as readonly string[]).indexOf(v);
    options.sort((a, b) => rank(a.value) - rank(b.value));
  }
  if (param === 'year') options.sort((a, b) => Number(b.value) - Number(a.value));
  return options;
}
