import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { toPracticeFilter, type SearchState } from '../../../lib/search-params';

/** Every value of every facet of a search, for the facets a visitor expands. */
export const facetValuesQuery = graphql(`
  query FacetValues($query: String, $filter: PracticeFilter) {
    practices(query: $query, filter: $filter, first: 0) {
      facets {
        regions {
          ...FacetValueParts
        }
        countries {
          ...FacetValueParts
        }
        institutions {
          ...FacetValueParts
        }
        priorityAreas {
          ...FacetValueParts
        }
        outcomes {
          ...FacetValueParts
        }
        years {
          ...FacetValueParts
        }
      }
    }
  }
`);

/**
 * All the values of the search's facets, asked for only while `wanted`. Kept out of the cache:
 * stored there it would replace the search's own list of practices (one list per search).
 */
export function useAllFacetValues(state: SearchState, wanted: boolean) {
  const filter = toPracticeFilter(state);
  const { data, loading } = useQuery(facetValuesQuery, {
    variables: { ...(state.q && { query: state.q }), ...(filter && { filter }) },
    skip: !wanted,
    fetchPolicy: 'no-cache',
  });
  // Not the previous search's values while the next one loads: their counts would be wrong.
  return { facets: data?.practices.facets, loading };
}
