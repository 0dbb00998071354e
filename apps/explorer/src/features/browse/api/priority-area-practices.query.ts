import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PAGE_SIZE } from '../../../components/practice-list/more-practices.query';
import { useLoadMore } from '../../../components/practice-list/use-load-more';
import { graphql } from '../../../generated/gql';

export const priorityAreaPracticesQuery = graphql(`
  query PriorityAreaPractices(
    $slug: String!
    $filter: PracticeFilter!
    $sort: PracticeSort!
    $first: Int!
  ) {
    priorityArea(slug: $slug) {
      id
      slug
      name
    }
    practices(filter: $filter, sort: $sort, first: $first) {
      totalCount
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

export function usePriorityAreaPractices(slug: string) {
  const args = { filter: { priorityAreaSlugs: [slug] }, sort: 'NEWEST' as const };
  const result = useQuery(priorityAreaPracticesQuery, {
    variables: { slug, ...args, first: PAGE_SIZE },
  });
  const pagination = useLoadMore(result.fetchMore, args, result.data?.practices.pageInfo.endCursor);
  return {
    ...result,
    ...pagination,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
    loading: result.loading && result.networkStatus !== NetworkStatus.fetchMore,
  };
}
