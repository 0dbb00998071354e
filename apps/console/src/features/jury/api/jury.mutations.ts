import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const saveJuryAssessmentMutation = graphql(`
  mutation SaveJuryAssessment($input: SaveJuryAssessmentInput!) {
    saveJuryAssessment(input: $input) {
      id
      version
      submitted
    }
  }
`);

export const declareConflictMutation = graphql(`
  mutation DeclareConflict($practiceId: ID!, $reason: String!) {
    declareConflict(practiceId: $practiceId, reason: $reason) {
      id
    }
  }
`);

export const confirmConflictMutation = graphql(`
  mutation ConfirmConflict($practiceId: ID!) {
    confirmConflict(practiceId: $practiceId) {
      id
    }
  }
`);

export const withdrawConflictMutation = graphql(`
  mutation WithdrawConflict($practiceId: ID!) {
    withdrawConflict(practiceId: $practiceId)
  }
`);

export const postDeliberationMessageMutation = graphql(`
  mutation PostDeliberationMessage($practiceId: ID!, $body: String!) {
    postDeliberationMessage(practiceId: $practiceId, body: $body) {
      id
    }
  }
`);

export const recordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      practiceId
      outcome
      juryText
      version
    }
  }
`);

// Every jury write changes what the workspace shows: refetch the active jury queries.
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

export const useSaveJuryAssessment = () => useMutation(saveJuryAssessmentMutation, refetch);
export const useDeclareConflict = () => useMutation(declareConflictMutation, refetch);
export const useConfirmConflict = () => useMutation(confirmConflictMutation, refetch);
export const useWithdrawConflict = () => useMutation(withdrawConflictMutation, refetch);
export const usePostDeliberationMessage = () =>
  useMutation(postDeliberationMessageMutation, refetch);
export const useRecordDecision = () => useMutation(recordDecisionMutation, refetch);
