/**
 * What the explorer asks for to render a competition's page (its CompetitionResults query and
 * CompetitionEntry fragment), run for the preview through the same public read path.
 */
export const COMPETITION_PAGE_QUERY = /* GraphQL */ `
  query CompetitionPreviewPage($slug: String!, $first: Int!, $after: String) {
    competitionBySlug(slug: $slug) {
      id
      slug
      title
      region
      year
      triennium
      forumName
      forumPlace
      forumDate
      introduction
      juryIntroduction
      portalNote
      jury {
        name
        description
        isChair
      }
      resultsSentence
      priorityAreas {
        id
        slug
        name
      }
      stats {
        entries
        institutions
        countries
        awards
        certificatesOfMerit
        specialMentions
        attestations
      }
      entries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          slug
          title
          outcome
          summary
          juryComment
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
        }
      }
    }
  }
`;
