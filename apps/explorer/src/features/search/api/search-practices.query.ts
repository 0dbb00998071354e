import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import {
  PAGE_SIZE,
  type PracticeListArgs,
} from '../../../components/practice-list/more-practices.query';
import { useLoadMore } from '../../../components/practice-list/use-load-more';
import { graphql } from '../../../generated/gql';
import { effectiveSort, toPracticeFilter, type SearchState } from '../../../lib/search-params';

export const searchPracticesQuery = graphql(`
  query SearchPractices(
    $query: String
    $filter: PracticeFilter
    $sort: PracticeSort
    $first: Int!
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
        regions {
          value
          label
          count
        }
        countries {
          value
          label
          count
        }
        institutions {
          value
          label
          count
        }
        priorityAreas {
          value
          label
          count
        }
        outcomes {
          value
          label
          count
        }
        years {
          value
          label
          count
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
    { variables: { ...args, first: PAGE_SIZE } },
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
