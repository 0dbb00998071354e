import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  parseSearchParams,
  toggleFacet,
  toPracticeFilter,
  toSearchParams,
} from '../search-params';

describe('search parameters', () => {
  it('reads repeated keys as several values and drops what the API would reject', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'q=+e-services+&region=ASIA_PACIFIC&region=MARS&country=kr&country=IR&country=KOR&year=2018&year=18&outcome=AWARD&outcome=WINNER&area=service-quality&sort=title',
      ),
    );
    expect(state).toEqual({
      q: 'e-services',
      region: ['ASIA_PACIFIC'],
      country: ['KR', 'IR'],
      institution: [],
      area: ['service-quality'],
      outcome: ['AWARD'],
      year: [2018],
      sort: 'TITLE',
    });
  });

  it('writes the canonical address and reads it back unchanged', () => {
    const params = 'q=pension&region=ASIA_PACIFIC&country=KR&country=ID&year=2018&sort=NEWEST';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('maps the state to the API filter, leaving empty facets out', () => {
    const state = parseSearchParams(new URLSearchParams('country=KR&year=2018'));
    expect(toPracticeFilter(state)).toEqual({ countryCodes: ['KR'], years: [2018] });
    expect(toPracticeFilter(parseSearchParams(new URLSearchParams('q=x')))).toBeUndefined();
  });

  it('toggles a facet value on and off', () => {
    const state = parseSearchParams(new URLSearchParams('country=KR'));
    const added = toggleFacet(state, 'country', 'ID');
    expect(added.country).toEqual(['KR', 'ID']);
    expect(toggleFacet(added, 'country', 'KR').country).toEqual(['ID']);
    expect(toggleFacet(state, 'year', '2019').year).toEqual([2019]);
  });

  it('orders by relevance only when there is a text query', () => {
    expect(effectiveSort(parseSearchParams(new URLSearchParams('q=x')))).toBe('RELEVANCE');
    expect(effectiveSort(parseSearchParams(new URLSearchParams('')))).toBe('NEWEST');
    expect(effectiveSort(parseSearchParams(new URLSearchParams('q=x&sort=TITLE')))).toBe('TITLE');
  });
});
