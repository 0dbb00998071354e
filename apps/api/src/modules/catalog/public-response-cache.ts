import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type GraphQLContext } from '../../graphql/context.js';

/**
 * Answers to anonymous queries, kept until public data changes. Every change to a table the
 * public reads bumps public_data_version in its own transaction; before serving from memory a
 * request reads that number (one primary-key read) and empties the cache when it moved. So an
 * answer is never older than a committed change, in any process sharing the database.
 */
export class PublicResponseCache {
  private readonly entries: LRUCache<string, FormattedExecutionResult>;
  /** The public_data_version the entries were computed at. */
  private version: string | null = null;
  hits = 0;
  misses = 0;

  constructor(
    private readonly options: { maxEntries: number; readVersion: () => Promise<string> },
  ) {
    this.entries = new LRUCache({ max: Math.max(options.maxEntries, 1) });
  }

  get enabled() {
    return this.options.maxEntries > 0;
  }

  invalidate() {
    this.entries.clear();
    this.version = null;
  }

  /** The Apollo plugin: serves and stores answers to anonymous queries without errors. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async ({ contextValue }) => {
        if (contextValue.viewer || !this.enabled) return;
        let key: string | null = null;
        let version: string | null = null;
        let hit = false;
        return {
          responseForOperation: async ({ request, operation }) => {
            if (operation.operation !== 'query' || !request.query) return null;
            // Read before the answer is computed: an answer stored under this number can only be
            // as new as, or newer than, the data it names.
            version = await this.options.readVersion();
            if (version !== this.version) {
              this.entries.clear();
              this.version = version;
            }
            key = createHash('sha256')
              .update(
                JSON.stringify([
                  request.query,
                  request.operationName ?? null,
                  request.variables ?? {},
                ]),
              )
              .digest('base64url');
            const cached = this.entries.get(key);
            if (!cached) {
              this.misses += 1;
              return null;
            }
            this.hits += 1;
            hit = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: cached },
            };
          },
          willSendResponse: async ({ response }) => {
            if (hit || !key || version !== this.version) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            this.entries.set(key, response.body.singleResult);
          },
        };
      },
    };
  }
}
