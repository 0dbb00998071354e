import { graphql } from '../../../generated/gql';

/** One page of the rows an export writes: every listed field of the practice, no facets. */
export const exportRowsQuery = graphql(`
  query ExportRows(
    $query: String
    $filter: PracticeFilter
    $sort: PracticeSort
    $first: Int!
    $after: String
  ) {
    practices(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        slug
        title
        region
        outcome
        summary
        inOperationSince
        institution {
          slug
          name
          acronym
        }
        country {
          code
          name
        }
        priorityAreas {
          slug
          name
        }
        competition {
          slug
          title
          year
        }
      }
    }
  }
`);
