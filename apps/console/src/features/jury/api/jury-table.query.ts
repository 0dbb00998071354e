import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { type JuryTableSort } from '../../../generated/graphql';

export const juryTableQuery = graphql(`
  query JuryTable($competitionId: ID!, $sort: JuryTableSort, $descending: Boolean) {
    juryTable(competitionId: $competitionId, sort: $sort, descending: $descending) {
      competitionId
      competitionTitle
      competitionStatus
      canDecide
      rows {
        id
        rank
        title
        institutionName
        countryCode
        submittedCount
        weightedMean
        median
        spread
        viewerConflicted
        scoresHidden
        tally {
          award
          specialMention
          certificateOfMerit
          attestation
        }
        conflicts {
          memberName
          source
          reason
        }
        decision {
          practiceId
          outcome
          juryText
          version
        }
      }
    }
  }
`);

export function useJuryTable(competitionId: string, sort: JuryTableSort, descending: boolean) {
  return useQuery(juryTableQuery, {
    variables: { competitionId, sort, descending },
    fetchPolicy: 'cache-and-network',
  });
}
