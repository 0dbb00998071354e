import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PAGE_SIZE } from '../../../components/practice-list/more-practices.query';
import { useLoadMore } from '../../../components/practice-list/use-load-more';
import { graphql } from '../../../generated/gql';

export const countryPracticesQuery = graphql(`
  query CountryPractices(
    $code: String!
    $filter: PracticeFilter!
    $sort: PracticeSort!
    $first: Int!
  ) {
    country(code: $code) {
      id
      code
      name
      region
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

export function useCountryPractices(code: string) {
  const args = { filter: { countryCodes: [code] }, sort: 'NEWEST' as const };
  const result = useQuery(countryPracticesQuery, {
    variables: { code, ...args, first: PAGE_SIZE },
  });
  const pagination = useLoadMore(result.fetchMore, args, result.data?.practices.pageInfo.endCursor);
  return {
    ...result,
    ...pagination,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
    loading: result.loading && result.networkStatus !== NetworkStatus.fetchMore,
  };
}
