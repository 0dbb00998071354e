import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createCache(): InMemoryCache {
  return new InMemoryCache();
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: createCache(),
  });
}
