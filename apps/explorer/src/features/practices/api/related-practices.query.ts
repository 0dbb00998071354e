import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

/** Practices that share a priority area or the institution with the one shown. */
export const relatedPracticesQuery = graphql(`
  query RelatedPractices($areas: [String!]!, $institution: String!) {
    sameArea: practices(filter: { priorityAreaSlugs: $areas }, sort: NEWEST, first: 7) {
      nodes {
        id
        slug
        title
        outcome
        institution {
          id
          name
        }
        country {
          id
          name
        }
      }
    }
    sameInstitution: practices(
      filter: { institutionSlugs: [$institution] }
      sort: NEWEST
      first: 7
    ) {
      nodes {
        id
        slug
        title
        outcome
        institution {
          id
          name
        }
        country {
          id
          name
        }
      }
    }
  }
`);

export function useRelatedPractices(practice: { areas: string[]; institution: string } | null) {
  return useQuery(
    relatedPracticesQuery,
    practice
      ? { variables: { areas: practice.areas, institution: practice.institution } }
      : skipToken,
  );
}
