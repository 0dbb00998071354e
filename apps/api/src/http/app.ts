import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type DataSource } from 'typeorm';
import {
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE,
} from '../db/database-errors.js';
import { contextFactory, expressFacts, type GraphQLContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { costLimitPlugin, LIMITS, validationRules } from '../graphql/hardening.js';
import { operationLogPlugin } from '../graphql/operation-log.js';
import { refuseNulPlugin } from '../graphql/text-input.js';
import { sessionCookie, sessionMiddleware } from '../modules/auth/session.middleware.js';
import { type PublicResponseCache } from '../modules/catalog/public-response-cache.js';
import { type PracticeSearchIndex } from '../modules/practice/search-index/practice-search-index.js';
import { documentsRouter } from '../modules/documents/documents.router.js';
import { juryExportRouter } from '../modules/jury/jury-export.router.js';
import { consoleApiRouter } from '../modules/submission/console-api.router.js';
import { AppDataSource } from '../db/data-source.js';
import { type Services } from '../services.js';
import { healthRouter, type Readiness } from './health.js';
import { anonymousLane, MAX_BODY_BYTES } from './anonymous-lane.js';
import { requestId, requestLogSerializers, unlogged } from './request-log.js';
import { anonymousRateLimit, securityHeaderList, securityHeaders } from './security.js';
import { staticApp } from './static-app.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const EXPLORER_DIST = path.join(ROOT, 'apps/explorer/dist');
export const CONSOLE_DIST = path.join(ROOT, 'apps/console/dist');

/** Everything a client may see of an error: the message and a stable code, never internals. */
export function formatError(
  formatted: GraphQLFormattedError,
  exposeInternals: boolean,
): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (exposeInternals || (code && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
    if (exposeInternals) return formatted;
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

export interface AppOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  logger: Logger;
  httpServer: Server;
  production: boolean;
  publicUrl: string | undefined;
  sessionMaxHours: number;
  rateLimitPerMinute: number;
  /** Express's `trust proxy` (default: loopback proxies only). */
  trustProxy?: boolean | number | string;
  /** Set to draining on SIGTERM: /readyz then answers 503. */
  readiness?: Readiness;
  cache: PublicResponseCache;
  /** The in-memory search index the public searches use (none: SQL only). */
  searchIndex?: PracticeSearchIndex | null;
}

/**
 * The one production process: /graphql, the explorer at /, the console at /console, the
 * documents, and the health endpoints. Returns the app and the Apollo server (to stop it).
 */
export async function createApp(options: AppOptions) {
  const { schema, dataSource, services, logger, httpServer, production } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    // main.ts owns SIGTERM: it drains HTTP, stops Apollo and closes the database, then exits 0.
    stopOnTerminationSignals: false,
    // Batches are off: one operation per request.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules,
    formatError: (formatted, error) => {
      const result = formatError(formatted, !production);
      if (result.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)
        logger.error({ err: error }, 'graphql error');
      return result;
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache hints are unused (public answers are cached by PublicResponseCache, by
      // data version); left on, its plugin wraps the resolver of every field of every answer,
      // a fifth of the time of a search with a thousand facet values.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costLimitPlugin(schema),
      refuseNulPlugin,
      operationLogPlugin(logger),
      options.cache.plugin(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  const limit = anonymousRateLimit(options.rateLimitPerMinute);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestId(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => unlogged(req.url) },
      serializers: requestLogSerializers,
    }),
  );
  const headers = securityHeaderList({ production });
  app.use(securityHeaders(headers));
  app.use(healthRouter(dataSource, options.readiness));

  const cookie = sessionCookie({
    secure: production,
    maxAgeSeconds: options.sessionMaxHours * 3600,
  });
  const makeContext = contextFactory(
    dataSource,
    services,
    cookie,
    options.publicUrl,
    options.searchIndex ?? null,
  );
  app.use(
    '/graphql',
    sessionMiddleware(services.sessions),
    limit.middleware,
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => makeContext(expressFacts(req, res)),
    }),
  );

  app.use('/console-api', consoleApiRouter(services));
  app.use(
    '/documents',
    documentsRouter({ dataSource, logger, sessions: services.sessions, cache: options.cache }),
  );
  app.use('/console-api', juryExportRouter(services));
  app.use('/console', staticApp(CONSOLE_DIST));
  app.use(
    staticApp(EXPLORER_DIST, {
      exclude: /^\/(graphql|documents|console-api|healthz|readyz)(\/|$)/,
    }),
  );

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: { code: ErrorCode.NOT_FOUND, message: 'Not found.' } });
  });
  // Malformed JSON, oversized bodies and anything else thrown before GraphQL answers cleanly.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      if (isDatabaseUnavailable(err)) {
        // The database is away or too slow (documents, session lookups): the same clean 503 as
        // GraphQL answers, so clients and balancers retry instead of reporting a server fault.
        req.log.warn({ err: err.message }, 'database unavailable');
        res
          .status(503)
          .set('Retry-After', String(RETRY_AFTER_SECONDS))
          .json({ errors: [{ message: err.message, extensions: { code: SERVICE_UNAVAILABLE } }] });
        return;
      }
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500) req.log.error({ err }, 'unhandled error');
      const code =
        status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status < 500
            ? ErrorCode.BAD_USER_INPUT
            : ErrorCode.INTERNAL_SERVER_ERROR;
      const message =
        status === 413
          ? 'The request body is too large.'
          : err.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : status < 500
              ? 'Bad request.'
              : 'Internal server error.';
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    },
  );

  const lane = anonymousLane({
    apollo,
    context: makeContext,
    cache: options.cache,
    limit,
    logger,
    securityHeaders: headers,
    trust: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
    routeReads: dataSource instanceof AppDataSource && dataSource.replicaCount > 0,
  });
  /** The HTTP server's request listener: the anonymous lane, then Express. */
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    lane(req, res, () => void app(req, res));
  return { app, apollo, listener };
}

/** /graphql's JSON body: as the anonymous lane read it, or parsed here when the lane let it by. */
function jsonBody(): RequestHandler {
  const json = express.json({ limit: MAX_BODY_BYTES });
  return (req, res, next) => {
    const read = req.laneBody;
    if (!read) return json(req, res, next);
    if (read.error) return next(read.error);
    req.body = read.value;
    next();
  };
}
