import { graphql } from '../../../generated/gql';

export const submissionsPageQuery = graphql(`
  query SubmissionsPage(
    $competitionId: ID!
    $filter: SubmissionFilter
    $sort: SubmissionSort
    $descending: Boolean
    $first: Int
    $offset: Int
  ) {
    submissions(
      competitionId: $competitionId
      filter: $filter
      sort: $sort
      descending: $descending
      first: $first
      offset: $offset
    ) {
      totalCount
      offset
      nodes {
        id
        title
        status
        institutionName
        countryCode
        countryName
        priorityAreas
        outcome
        inOperationSince
        words
        version
        updatedAt
      }
    }
  }
`);
