import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

/** What the publication page needs: the page itself is the explorer's, in preview mode. */
export const competitionPublicationQuery = graphql(`
  query CompetitionPublication($id: ID!) {
    managedCompetition(id: $id) {
      id
      slug
      title
      status
      version
      entryCount
      decidedCount
    }
  }
`);

export const useCompetitionPublication = (id: string) =>
  useQuery(competitionPublicationQuery, { variables: { id }, fetchPolicy: 'network-only' });
