import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const managedCompetitionsQuery = graphql(`
  query ManagedCompetitions {
    managedCompetitions {
      id
      slug
      title
      region
      year
      status
      version
      publishedAt
      entryCount
      decidedCount
      submissionDeadline
    }
  }
`);

export const competitionDetailsFragment = graphql(`
  fragment CompetitionDetails on ManagedCompetition {
    id
    slug
    title
    region
    year
    status
    version
    publishedAt
    entryCount
    decidedCount
    draftCount
    withdrawnCount
    trienniumStartYear
    trienniumEndYear
    forumName
    forumPlace
    forumDate
    submissionDeadline
    introduction
    juryIntroduction
    portalNote
    priorityAreas {
      id
      name
    }
  }
`);

export const managedCompetitionQuery = graphql(`
  query ManagedCompetition($id: ID!) {
    managedCompetition(id: $id) {
      ...CompetitionDetails
    }
  }
`);

export const priorityAreasQuery = graphql(`
  query PriorityAreaChoices {
    priorityAreas {
      id
      name
    }
  }
`);

export const createCompetitionMutation = graphql(`
  mutation CreateCompetition($input: CompetitionInput!) {
    createCompetition(input: $input) {
      ...CompetitionDetails
    }
  }
`);

export const updateCompetitionMutation = graphql(`
  mutation UpdateCompetition($id: ID!, $input: CompetitionInput!, $expectedVersion: Int!) {
    updateCompetition(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...CompetitionDetails
    }
  }
`);

export const createCompetitionFromMutation = graphql(`
  mutation CreateCompetitionFrom($sourceId: ID!, $year: Int!, $region: Region) {
    createCompetitionFrom(sourceId: $sourceId, year: $year, region: $region) {
      ...CompetitionDetails
    }
  }
`);

export const setCompetitionStatusMutation = graphql(`
  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!, $expectedVersion: Int!) {
    setCompetitionStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
      ...CompetitionDetails
    }
  }
`);

export const useManagedCompetitions = () =>
  useQuery(managedCompetitionsQuery, { fetchPolicy: 'cache-and-network' });
export const useManagedCompetition = (id: string) =>
  useQuery(managedCompetitionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
export const usePriorityAreas = () => useQuery(priorityAreasQuery);
export const useCreateCompetition = () =>
  useMutation(createCompetitionMutation, { refetchQueries: [managedCompetitionsQuery] });
export const useUpdateCompetition = () => useMutation(updateCompetitionMutation);
export const useCreateCompetitionFrom = () =>
  useMutation(createCompetitionFromMutation, { refetchQueries: [managedCompetitionsQuery] });
export const useSetCompetitionStatus = () =>
  useMutation(setCompetitionStatusMutation, { refetchQueries: [managedCompetitionsQuery] });
