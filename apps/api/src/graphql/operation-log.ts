import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from 'pino';
import { type GraphQLContext } from './context.js';

/**
 * One log line per GraphQL operation with its name, type, duration and outcome, tied to the
 * request id of the HTTP log line.
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          logger.info(
            {
              reqId: contextValue.requestId,
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
              user: contextValue.viewer?.userId,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
