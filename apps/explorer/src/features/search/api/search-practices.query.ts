import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import {
  PAGE_SIZE,
  type PracticeListArgs,
} from '../../../components/practice-list/more-practices.query';
import { useLoadMore } from '../../../components/practice-list/use-load-more';
import { graphql } from '../../../generated/gql';
import { effectiveSort, toPracticeFilter, type SearchState } from '../../../lib/search-params';

/**
 * How many values of each facet a search asks for: what a facet shows until expanded. The
 * values the filter selects come too, and `valueCounts` says how many there are in all; the
 * rest is fetched when a facet is expanded (facet-values.query.ts). At a million practices a
 * search's institution facet alone has thousands of values.
 */
export const FACET_VALUES_SHOWN = 8;

export const facetValuePartsFragment = graphql(`
  fragment FacetValueParts on FacetValue {
    value
    label
    count
  }
`);

export const searchPracticesQuery = graphql(`
  query SearchPractices(
    $query: String
    $filter: PracticeFilter
    $sort: PracticeSort
    $first: Int!
    $facetValues: Int!
  ) {
    practices(query: $query, filter: $filter, sort: $sort, first: $first) {
      totalCount
      didYouMean
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PracticeCard
      }
      facets {
        regions(first: $facetValues) {
          ...FacetValueParts
        }
        countries(first: $facetValues) {
          ...FacetValueParts
        }
        institutions(first: $facetValues) {
          ...FacetValueParts
        }
        priorityAreas(first: $facetValues) {
          ...FacetValueParts
        }
        outcomes(first: $facetValues) {
          ...FacetValueParts
        }
        years(first: $facetValues) {
          ...FacetValueParts
        }
        valueCounts {
          regions
          countries
          institutions
          priorityAreas
          outcomes
          years
        }
      }
    }
  }
`);

/** The API arguments for a search state; empty parts are left out rather than sent as null. */
export function searchArgs(state: SearchState): PracticeListArgs {
  const filter = toPracticeFilter(state);
  return {
    ...(state.q && { query: state.q }),
    ...(filter && { filter }),
    sort: effectiveSort(state),
  };
}

/**
 * The first page of results for the state in the address, plus "load more". While a new
 * search runs, the previous results stay on screen (marked busy) instead of blinking away.
 */
export function useSearchPractices(state: SearchState) {
  const args = searchArgs(state);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    searchPracticesQuery,
    { variables: { ...args, first: PAGE_SIZE, facetValues: FACET_VALUES_SHOWN } },
  );
  const connection = (data ?? previousData)?.practices;
  const { loadMore, loadMoreError } = useLoadMore(
    fetchMore,
    args,
    data?.practices.pageInfo.endCursor,
  );
  return {
    connection,
    stale: data === undefined && previousData !== undefined,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
    loadMoreError,
  };
}
