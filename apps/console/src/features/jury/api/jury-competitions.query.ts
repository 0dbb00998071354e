import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const juryCompetitionsQuery = graphql(`
  query JuryCompetitions {
    juryCompetitions {
      id
      title
      status
      year
      isChair
      isMember
      entryCount
      assessedCount
      draftCount
      toDoCount
      conflictCount
      nextEntryId
      nextEntryTitle
    }
  }
`);

export function useJuryCompetitions() {
  return useQuery(juryCompetitionsQuery, { fetchPolicy: 'cache-and-network' });
}
