import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../generated/gql';

export const suggestQuery = graphql(`
  query Suggest($prefix: String!, $first: Int!) {
    suggest(prefix: $prefix, first: $first) {
      kind
      label
      slug
      url
    }
  }
`);

const MIN_PREFIX = 2;
const DEBOUNCE_MS = 150;

/** Type-ahead suggestions for what is typed, asked for once typing pauses. */
export function useSuggestions(typed: string) {
  const [prefix, setPrefix] = useState('');
  useEffect(() => {
    const trimmed = typed.trim();
    const timer = setTimeout(
      () => setPrefix(trimmed.length >= MIN_PREFIX ? trimmed : ''),
      DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, previousData } = useQuery(
    suggestQuery,
    prefix ? { variables: { prefix: prefix.slice(0, 100), first: 8 } } : skipToken,
  );
  if (!prefix || typed.trim().length < MIN_PREFIX) return [];
  return (data ?? previousData)?.suggest ?? [];
}
