import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const managedInstitutionsQuery = graphql(`
  query ManagedInstitutions($countryId: ID, $search: String) {
    managedInstitutions(countryId: $countryId, search: $search) {
      id
      slug
      name
      acronym
      countryId
      countryCode
      countryName
      version
      entryCount
    }
  }
`);

export const managedCountriesQuery = graphql(`
  query ManagedCountries {
    managedCountries {
      id
      code
      name
      sortName
      region
      version
      institutionCount
    }
  }
`);

export const createInstitutionMutation = graphql(`
  mutation CreateInstitution($input: InstitutionInput!) {
    createInstitution(input: $input) {
      id
      name
      version
    }
  }
`);

export const updateInstitutionMutation = graphql(`
  mutation UpdateInstitution($id: ID!, $input: InstitutionInput!, $expectedVersion: Int!) {
    updateInstitution(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      acronym
      countryId
      countryCode
      countryName
      version
    }
  }
`);

export const mergeInstitutionMutation = graphql(`
  mutation MergeInstitution($duplicateId: ID!, $intoId: ID!) {
    mergeInstitution(duplicateId: $duplicateId, intoId: $intoId) {
      id
      name
      entryCount
    }
  }
`);

export const createCountryMutation = graphql(`
  mutation CreateCountry($input: CountryInput!) {
    createCountry(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const updateCountryMutation = graphql(`
  mutation UpdateCountry($id: ID!, $input: CountryInput!, $expectedVersion: Int!) {
    updateCountry(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      code
      name
      sortName
      region
      version
    }
  }
`);

export const useManagedInstitutions = (search: string, countryId: string | null) =>
  useQuery(managedInstitutionsQuery, {
    variables: { search: search || null, countryId },
    fetchPolicy: 'cache-and-network',
  });
export const useManagedCountries = () =>
  useQuery(managedCountriesQuery, { fetchPolicy: 'cache-and-network' });
const institutionRefetch = {
  refetchQueries: [managedInstitutionsQuery],
  awaitRefetchQueries: true,
};
export const useCreateInstitution = () =>
  useMutation(createInstitutionMutation, institutionRefetch);
export const useUpdateInstitution = () =>
  useMutation(updateInstitutionMutation, institutionRefetch);
export const useMergeInstitution = () => useMutation(mergeInstitutionMutation, institutionRefetch);
const countryRefetch = { refetchQueries: [managedCountriesQuery], awaitRefetchQueries: true };
export const useCreateCountry = () => useMutation(createCountryMutation, countryRefetch);
export const useUpdateCountry = () => useMutation(updateCountryMutation, countryRefetch);
