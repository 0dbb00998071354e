import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';

/** Published practices per priority area and per region, for the browse tiles. */
export const browseCountsQuery = graphql(`
  query BrowseCounts {
    practices(first: 1) {
      totalCount
      facets {
        regions {
          value
          label
          count
        }
        priorityAreas {
          value
          label
          count
        }
      }
    }
  }
`);

export function useBrowseCounts() {
  return useQuery(browseCountsQuery);
}
