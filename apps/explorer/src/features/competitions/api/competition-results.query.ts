import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../../generated/gql';

/** What the booklet prints about an entry in every group. */
export const competitionEntryFragment = graphql(`
  fragment CompetitionEntry on Practice {
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
`);

/** The API's page limit: the booklet's entries arrive in pages of this size. */
const ENTRIES_PAGE = 100;

/**
 * A competition with its entries in the booklet's order (the API returns them that way:
 * Award, special mentions, Certificates of Merit, Attestations). One list rather than one per
 * outcome keeps the request well under the API's cost limit.
 */
export const competitionResultsQuery = graphql(`
  query CompetitionResults($slug: String!, $first: Int!) {
    competitionBySlug(slug: $slug) {
      id
      slug
      title
      region
      year
      triennium
      forumName
      introduction
      juryIntroduction
      jury {
        name
        description
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
      entries(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...CompetitionEntry
        }
      }
    }
  }
`);

export const competitionMoreEntriesQuery = graphql(`
  query CompetitionMoreEntries($slug: String!, $first: Int!, $after: String!) {
    competitionBySlug(slug: $slug) {
      id
      entries(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...CompetitionEntry
        }
      }
    }
  }
`);

/**
 * The results of one competition, every entry included: pages after the first are fetched
 * one after another until the list is complete.
 */
export function useCompetitionResults(slug: string) {
  const result = useQuery(competitionResultsQuery, {
    variables: { slug, first: ENTRIES_PAGE },
  });
  const [moreError, setMoreError] = useState<Error | null>(null);
  const entries = result.data?.competitionBySlug?.entries;
  const next = entries?.pageInfo.hasNextPage ? entries.pageInfo.endCursor : null;
  const fetchingMore = result.networkStatus === NetworkStatus.fetchMore;
  const { fetchMore } = result;

  useEffect(() => {
    if (!next || fetchingMore || moreError) return;
    fetchMore({
      query: competitionMoreEntriesQuery,
      variables: { slug, first: ENTRIES_PAGE, after: next },
    }).catch((e: unknown) => setMoreError(e instanceof Error ? e : new Error(String(e))));
  }, [slug, next, fetchingMore, moreError, fetchMore]);

  return {
    ...result,
    loading: result.loading && !fetchingMore,
    complete: !next,
    moreError,
  };
}
