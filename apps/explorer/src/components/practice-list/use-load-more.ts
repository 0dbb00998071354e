import { useState } from 'react';
import { fetchNextPractices, type PracticeListArgs } from './more-practices.query';

/**
 * "Load more" for a practice list: asks for the page after `endCursor` and keeps the error of
 * a failed attempt, which useQuery does not report for fetchMore.
 */
export function useLoadMore(
  fetchMore: Parameters<typeof fetchNextPractices>[0],
  args: PracticeListArgs,
  endCursor: string | null | undefined,
) {
  const [error, setError] = useState<Error | null>(null);
  const loadMore = () => {
    if (!endCursor) return;
    setError(null);
    fetchNextPractices(fetchMore, args, endCursor).catch((e: unknown) => {
      setError(e instanceof Error ? e : new Error(String(e)));
    });
  };
  return { loadMore, loadMoreError: error };
}
