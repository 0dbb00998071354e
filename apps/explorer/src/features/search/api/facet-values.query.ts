import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { toPracticeFilter, type SearchFacet, type SearchState } from '../../../lib/search-params';

/** Every value of the facets a visitor expanded, and only of those. */
export const facetValuesQuery = graphql(`
  query FacetValues(
    $query: String
    $filter: PracticeFilter
    $regions: Boolean!
    $countries: Boolean!
    $institutions: Boolean!
    $priorityAreas: Boolean!
    $outcomes: Boolean!
    $years: Boolean!
  ) {
    practices(query: $query, filter: $filter, first: 0) {
      facets {
        regions @include(if: $regions) {
          ...FacetValueParts
        }
        countries @include(if: $countries) {
          ...FacetValueParts
        }
        institutions @include(if: $institutions) {
          ...FacetValueParts
        }
        priorityAreas @include(if: $priorityAreas) {
          ...FacetValueParts
        }
        outcomes @include(if: $outcomes) {
          ...FacetValueParts
        }
        years @include(if: $years) {
          ...FacetValueParts
        }
      }
    }
  }
`);

/**
 * All the values of `wanted` facets of the search (none asked for while it is empty). Kept out
 * of the cache: stored there it would replace the search's own list of practices (one list
 * per search). While the next search's values load, the last ones stay, marked as loading.
 */
export function useAllFacetValues(state: SearchState, wanted: ReadonlySet<SearchFacet>) {
  const filter = toPracticeFilter(state);
  const { data, previousData, loading, error, refetch } = useQuery(facetValuesQuery, {
    variables: {
      ...(state.q && { query: state.q }),
      ...(filter && { filter }),
      regions: wanted.has('regions'),
      countries: wanted.has('countries'),
      institutions: wanted.has('institutions'),
      priorityAreas: wanted.has('priorityAreas'),
      outcomes: wanted.has('outcomes'),
      years: wanted.has('years'),
    },
    skip: wanted.size === 0,
    fetchPolicy: 'no-cache',
  });
  return {
    facets: (data ?? previousData)?.practices.facets,
    loading,
    error,
    retry: () => void refetch(),
  };
}
