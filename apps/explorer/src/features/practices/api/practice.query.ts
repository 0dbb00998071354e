import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

export const practiceQuery = graphql(`
  query Practice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      title
      outcome
      juryComment
      summary
      inOperationSince
      institution {
        id
        slug
        name
        acronym
      }
      country {
        id
        code
        name
      }
      priorityAreas {
        id
        slug
        name
      }
      competition {
        id
        slug
        title
      }
      sections {
        key
        heading
        body
      }
      figures {
        group
        label
        value
        before
        after
        unit
      }
    }
  }
`);

export function usePractice(slug: string) {
  return useQuery(practiceQuery, { variables: { slug } });
}
