import { ApolloClient, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';

interface PracticePage {
  nodes?: { id?: string }[];
  edges?: { node?: { id?: string } }[];
  pageInfo?: { endCursor?: string | null };
}

/**
 * One list per search (text, filter and order); `first` and `after` only page through it.
 * A page that continues the stored list is appended; a first page replaces it; a page that
 * does not continue it (a stale or repeated "Load more") is dropped.
 */
const practicePages: FieldPolicy<PracticePage> = {
  keyArgs: ['query', 'filter', 'sort'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    if (args.after !== existing.pageInfo?.endCursor) return existing;
    const seen = new Set(existing.nodes?.map((n) => n.id));
    return {
      ...existing,
      ...incoming,
      nodes: [...(existing.nodes ?? []), ...(incoming.nodes ?? []).filter((n) => !seen.has(n.id))],
      edges: [
        ...(existing.edges ?? []),
        ...(incoming.edges ?? []).filter((e) => !seen.has(e.node?.id)),
      ],
    };
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { practices: practicePages } },
      Competition: { fields: { entries: { ...practicePages, keyArgs: ['outcome'] } } },
      // Practice.highlight depends on the search text, an argument of the parent field, so
      // practices are stored inside each list rather than merged by id: otherwise one
      // search's snippets would overwrite another's when the visitor goes back.
      Practice: { keyFields: false },
      PracticeConnection: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: createCache(),
  });
}
