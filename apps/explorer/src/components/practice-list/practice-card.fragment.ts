import { graphql } from '../../generated/gql';

/** What one result in a list of practices shows. */
export const practiceCardFragment = graphql(`
  fragment PracticeCard on Practice {
    id
    slug
    title
    summary
    highlight
    outcome
    institution {
      id
      slug
      name
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
  }
`);
