import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { type PracticeFilter } from '../../../generated/graphql';

/** Every chart's figures at once: the public facets of the filtered practices. */
export const statisticsQuery = graphql(`
  query Statistics($filter: PracticeFilter) {
    practices(filter: $filter, first: 1) {
      totalCount
      facets {
        regions {
          value
          label
          count
        }
        countries {
          value
          label
          count
        }
        priorityAreas {
          value
          label
          count
        }
        outcomes {
          value
          label
          count
        }
        years {
          value
          label
          count
        }
      }
    }
    competitions {
      id
      slug
      title
      region
      year
    }
  }
`);

export function useStatistics(filter: PracticeFilter | undefined) {
  return useQuery(statisticsQuery, { variables: { filter } });
}
