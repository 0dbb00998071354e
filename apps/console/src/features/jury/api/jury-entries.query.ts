import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { type JuryEntryFilter } from '../../../generated/graphql';

export const juryEntriesQuery = graphql(`
  query JuryEntries($competitionId: ID!, $filter: JuryEntryFilter) {
    juryEntries(competitionId: $competitionId, filter: $filter) {
      id
      title
      institutionName
      countryCode
      countryName
      progress
      submittedCount
      outcome
    }
  }
`);

export function useJuryEntries(competitionId: string, filter: JuryEntryFilter) {
  return useQuery(juryEntriesQuery, {
    variables: { competitionId, filter },
    fetchPolicy: 'cache-and-network',
  });
}
