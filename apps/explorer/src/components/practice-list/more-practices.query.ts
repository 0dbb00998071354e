import { type TypedDocumentNode } from '@apollo/client';
import { graphql } from '../../generated/gql';
import {
  type MorePracticesQuery,
  type MorePracticesQueryVariables,
  type PracticeFilter,
  type PracticeSort,
} from '../../generated/graphql';

/**
 * The next page of any practice list. It leaves out totalCount and facets: the cache keeps
 * those from the first page (see practices' merge in the Apollo cache), and facet counts are
 * the expensive part of a search.
 */
export const morePracticesQuery = graphql(`
  query MorePractices(
    $query: String
    $filter: PracticeFilter
    $sort: PracticeSort
    $first: Int!
    $after: String!
  ) {
    practices(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PracticeCard
      }
    }
  }
`);

export const PAGE_SIZE = 20;

export interface PracticeListArgs {
  query?: string;
  filter?: PracticeFilter;
  sort?: PracticeSort;
}

/** The part of useQuery's `fetchMore` that this module calls, whatever the list query. */
type FetchMore = (options: {
  query: TypedDocumentNode<MorePracticesQuery, MorePracticesQueryVariables>;
  variables: MorePracticesQueryVariables;
}) => Promise<unknown>;

/** Loads the page after `endCursor` into the list that `fetchMore` belongs to. */
export function fetchNextPractices(
  fetchMore: FetchMore,
  args: PracticeListArgs,
  endCursor: string,
) {
  const variables: MorePracticesQueryVariables = {
    ...args,
    first: PAGE_SIZE,
    after: endCursor,
  };
  return fetchMore({
    query: morePracticesQuery,
    variables,
  });
}
