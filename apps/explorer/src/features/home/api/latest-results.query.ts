import { skipToken, useQuery } from '@apollo/client/react';
import { type Region } from '@gpa/shared';
import { graphql } from '../../../generated/gql';

/** The winner and the special mentions of one competition, for the home page. */
export const latestResultsQuery = graphql(`
  query LatestResults($region: Region!, $year: Int!) {
    competition(region: $region, year: $year) {
      id
      slug
      title
      resultsSentence
      award: entries(outcome: AWARD, first: 1) {
        nodes {
          id
          slug
          title
          outcome
          juryComment
          institution {
            id
            slug
            name
          }
          country {
            id
            code
            name
          }
        }
      }
      specialMentions: entries(outcome: CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION, first: 100) {
        totalCount
        nodes {
          id
          slug
          title
          institution {
            id
            slug
            name
          }
          country {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export function useLatestResults(competition: { region: Region; year: number } | undefined) {
  return useQuery(
    latestResultsQuery,
    competition ? { variables: { region: competition.region, year: competition.year } } : skipToken,
  );
}
