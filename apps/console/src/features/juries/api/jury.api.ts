import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const juryMemberFragment = graphql(`
  fragment JuryMemberRow on ManagedJuryMember {
    id
    position
    description
    name
    isChair
    userId
    userName
    userEmail
    entriesTotal
    assessed
    version
    affiliationInstitutionId
    affiliationInstitutionName
    affiliationCountryCode
  }
`);

export const competitionJuryQuery = graphql(`
  query CompetitionJury($id: ID!) {
    managedCompetition(id: $id) {
      id
      title
      status
      jury {
        ...JuryMemberRow
      }
    }
    juryCandidates {
      id
      displayName
      email
    }
  }
`);

export const addJuryMemberMutation = graphql(`
  mutation AddJuryMember($input: AddJuryMemberInput!) {
    addJuryMember(input: $input) {
      ...JuryMemberRow
    }
  }
`);

export const updateJuryMemberMutation = graphql(`
  mutation UpdateJuryMember(
    $id: ID!
    $description: String!
    $name: String
    $expectedVersion: Int!
  ) {
    updateJuryMember(
      id: $id
      description: $description
      name: $name
      expectedVersion: $expectedVersion
    ) {
      ...JuryMemberRow
    }
  }
`);

export const reorderJuryMutation = graphql(`
  mutation ReorderJury($competitionId: ID!, $memberIds: [ID!]!) {
    reorderJury(competitionId: $competitionId, memberIds: $memberIds) {
      ...JuryMemberRow
    }
  }
`);

export const setJuryChairMutation = graphql(`
  mutation SetJuryChair($id: ID!) {
    setJuryChair(id: $id) {
      ...JuryMemberRow
    }
  }
`);

export const removeJuryMemberMutation = graphql(`
  mutation RemoveJuryMember($id: ID!) {
    removeJuryMember(id: $id) {
      ...JuryMemberRow
    }
  }
`);

export const useCompetitionJury = (id: string) =>
  useQuery(competitionJuryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

/** Every jury mutation answers with the whole jury; refetching the page keeps one source of truth. */
export function useJuryMutations(competitionId: string) {
  const options = {
    refetchQueries: [{ query: competitionJuryQuery, variables: { id: competitionId } }],
    awaitRefetchQueries: true,
  };
  return {
    add: useMutation(addJuryMemberMutation, options)[0],
    update: useMutation(updateJuryMemberMutation, options)[0],
    reorder: useMutation(reorderJuryMutation, options)[0],
    setChair: useMutation(setJuryChairMutation, options)[0],
    remove: useMutation(removeJuryMemberMutation, options)[0],
  };
}

export const affiliationOptionsQuery = graphql(`
  query JurorAffiliationOptions {
    managedCountries {
      id
      code
      name
    }
    managedInstitutions {
      id
      name
      countryCode
      countryName
    }
  }
`);

export const setJurorAffiliationMutation = graphql(`
  mutation SetJurorAffiliation($userId: ID!, $institutionId: ID, $countryCode: String) {
    setJurorAffiliation(userId: $userId, institutionId: $institutionId, countryCode: $countryCode) {
      userId
      institutionId
      institutionName
      countryCode
    }
  }
`);

export const useAffiliationOptions = () =>
  useQuery(affiliationOptionsQuery, { fetchPolicy: 'cache-first' });

/** Sets a member's own institution and country, then refetches the jury that shows them. */
export const useSetJurorAffiliation = (competitionId: string) =>
  useMutation(setJurorAffiliationMutation, {
    refetchQueries: [{ query: competitionJuryQuery, variables: { id: competitionId } }],
    awaitRefetchQueries: true,
  })[0];
