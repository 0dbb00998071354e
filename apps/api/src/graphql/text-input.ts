import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, visit } from 'graphql';
import { userInputError } from './errors.js';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** Per parsed document (Apollo keeps one object per query text). */
const literalNul = new WeakMap<DocumentNode, boolean>();

function literalsContainNul(document: DocumentNode): boolean {
  const known = literalNul.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  literalNul.set(document, found);
  return found;
}

/**
 * PostgreSQL text cannot hold a NUL character: refuse it in any argument, up front and with a
 * clear error, rather than let it fail deep in a query.
 */
export const refuseNulPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (containsNul(request.variables) || literalsContainNul(document)) {
          throw userInputError('Text may not contain NUL characters.');
        }
      },
    };
  },
};
