import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const juryCriteriaQuery = graphql(`
  query JuryCriteria($competitionId: ID!) {
    juryCriteria(competitionId: $competitionId) {
      id
      name
      description
      weight
      listVersion
    }
  }
`);

export const saveJuryCriteriaMutation = graphql(`
  mutation SaveJuryCriteria(
    $competitionId: ID!
    $criteria: [JuryCriterionInput!]!
    $expectedVersion: Int
  ) {
    saveJuryCriteria(
      competitionId: $competitionId
      criteria: $criteria
      expectedVersion: $expectedVersion
    ) {
      id
      name
      description
      weight
      listVersion
    }
  }
`);

export const useJuryCriteria = (competitionId: string) =>
  useQuery(juryCriteriaQuery, { variables: { competitionId } });

export const useSaveJuryCriteria = () =>
  useMutation(saveJuryCriteriaMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
