import { ApolloClient, ApolloLink, CombinedGraphQLErrors } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { map } from 'rxjs';
import { createCache } from '../../../app/apollo-client';
import { graphql } from '../../../generated/gql';

/** The address parameter that turns a competition page into the preview of its results. */
export const PREVIEW_PARAM = 'preview';

/**
 * The one request the preview sends: the page's own query, as text, for the API to answer as
 * it would answer the public once this competition is published (secretariat only).
 */
export const competitionPreviewQuery = graphql(`
  query CompetitionPreview($id: ID!, $query: String!, $variables: JSON) {
    competitionPreview(id: $id, query: $query, variables: $variables)
  }
`);

/**
 * Sends every query of the page through `competitionPreview` and hands the page the answer as
 * if it had come straight from the public API: the page, its hooks and its paging run
 * unchanged, so the preview is the public page itself rather than a copy of it.
 */
export function previewLink(competitionId: string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const query = print(operation.query);
    operation.query = competitionPreviewQuery;
    operation.operationName = 'CompetitionPreview';
    operation.variables = { id: competitionId, query, variables: operation.variables };
    return forward(operation).pipe(
      map((result) => {
        const data = result.data as { competitionPreview?: Record<string, unknown> | null } | null;
        return { ...result, data: data?.competitionPreview ?? null };
      }),
    );
  });
}

/**
 * A client of its own for the preview: the app's transport behind the preview link, and a
 * cache of its own, so nothing previewed ever shows on a public page of the same visit.
 */
export function createPreviewClient(transport: ApolloLink, competitionId: string): ApolloClient {
  return new ApolloClient({
    link: previewLink(competitionId).concat(transport),
    cache: createCache(),
  });
}

/** The stable code (`extensions.code`) of the API's refusal, if the error is one. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}
