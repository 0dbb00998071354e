import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const juryEntryQuery = graphql(`
  query JuryEntry($id: ID!) {
    juryEntry(id: $id) {
      entry {
        id
        title
        institutionName
        countryName
        progress
        submittedCount
        outcome
      }
      competitionId
      competitionTitle
      competitionStatus
      viewerIsChair
      summary
      inOperationSince
      priorityAreas
      sections {
        key
        heading
        body
      }
      criteria {
        id
        name
        description
        weight
      }
      myAssessment {
        id
        version
        submitted
        notes
        proposedOutcome
        weightedScore
        scores {
          criterionId
          score
        }
      }
      othersVisible
      othersHiddenReason
      otherAssessments {
        id
        memberName
        proposedOutcome
        weightedScore
        submittedAt
        scores {
          criterionId
          criterionName
          score
        }
      }
      myConflict {
        id
        source
        reason
        confirmed
      }
      conflicts {
        id
        memberName
        source
        reason
        confirmed
        isMine
      }
      deliberation {
        id
        authorName
        isMine
        body
        createdAt
      }
      decision {
        practiceId
        outcome
        juryText
        version
        decidedByName
      }
      canAssess
      canDecide
      nextEntryId
    }
  }
`);

export function useJuryEntry(id: string) {
  return useQuery(juryEntryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
