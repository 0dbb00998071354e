import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const competitionPreviewQuery = graphql(`
  query CompetitionPreview($id: ID!) {
    competitionPreview(id: $id)
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

export const useCompetitionPreview = (id: string) =>
  useQuery(competitionPreviewQuery, { variables: { id }, fetchPolicy: 'network-only' });
