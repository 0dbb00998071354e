import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const homeQuery = graphql(`
  query Home {
    competitions {
      id
      slug
      title
      region
      year
      triennium
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
    priorityAreas {
      id
      slug
      name
    }
  }
`);

export function useHome() {
  return useQuery(homeQuery);
}
