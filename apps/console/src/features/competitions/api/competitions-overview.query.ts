import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

/**
 * For now the console reads the public API, which shows published competitions only; drafts
 * and competitions being judged appear once staff can sign in.
 */
export const competitionsOverviewQuery = graphql(`
  query CompetitionsOverview {
    competitions {
      id
      slug
      title
      year
      triennium
      publishedAt
      stats {
        entries
        institutions
        countries
        awards
        certificatesOfMerit
        specialMentions
        attestations
      }
    }
  }
`);

export function useCompetitionsOverview() {
  return useQuery(competitionsOverviewQuery);
}
