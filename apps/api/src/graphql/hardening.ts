import { type ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type ASTNode,
  type DocumentNode,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  type ValidationContext,
  visit,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import { type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import { ErrorCode } from './errors.js';
import { type GraphQLContext } from './context.js';

// Its ES module build imports graphql/index.mjs while everything else loads graphql's CommonJS
// build; two copies of graphql refuse each other's schema. The CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/** The limits on one operation; generous for every page of the apps, far below what hurts. */
export const LIMITS = {
  depth: 12,
  aliases: 30,
  tokens: 3000,
  /** Roughly the number of objects an operation may ask for. */
  cost: 25_000,
} as const;

/** Lists without `first` are short: 1–3 priority areas, 5 sections, a few figures, jury seats. */
const ESTIMATED_LIST_SIZE = 5;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * A field costs 1 plus its children; a field taking `first` multiplies its children by it (a
 * connection's default 20 without it); other lists count as 5 items.
 */
const listSizeEstimator: ComplexityEstimator = ({ args, field, type, childComplexity }) => {
  // A connection's page was already counted by the field that took `first`.
  if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) {
    return 1 + childComplexity;
  }
  const list = isList(field.type);
  if (field.args.some((a) => a.name === 'first')) {
    // Without `first`, a connection gives a page of 20 and a plain list (a facet's values) is
    // estimated as any other list.
    const fallback = list ? ESTIMATED_LIST_SIZE : DEFAULT_PAGE_SIZE;
    const first = typeof args.first === 'number' ? Math.max(args.first, 0) : fallback;
    return 1 + first * Math.max(childComplexity, 1);
  }
  if (list) return 1 + ESTIMATED_LIST_SIZE * Math.max(childComplexity, 1);
  return undefined;
};

/** Reported as a validation error (400, GRAPHQL_VALIDATION_FAILED), not thrown as a server error. */
const report = (message: string) => ({
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null) => ctx?.reportError(new GraphQLError(message))],
});

export const validationRules = [
  maxDepthRule({
    n: LIMITS.depth,
    ...report(`The query is nested deeper than ${LIMITS.depth} levels.`),
  }),
  maxAliasesRule({
    n: LIMITS.aliases,
    ...report(`The query uses more than ${LIMITS.aliases} aliases.`),
  }),
];

/**
 * The variables an operation's cost can depend on: those given to a `first` argument (the list
 * estimator reads it) or to a directive (`@include`/`@skip` drop fields from the count).
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first') collect(argument.value);
    },
    Directive(directive) {
      collect(directive);
      return false;
    },
  });
  return [...names].sort();
}

interface CostCache {
  variables: string[];
  costs: Map<string, number>;
}

/** Per parsed document (Apollo keeps one object per query text): its costs by those variables. */
const costCaches = new WeakMap<DocumentNode, CostCache>();
const MAX_COSTS_PER_DOCUMENT = 100;

/**
 * The cost of `operationCost`, remembered per document and per value of the variables it depends
 * on: an app's operations repeat with other slugs or texts, and walking the document with the
 * schema's types each time was a twentieth of a detail page's time.
 */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  let cache = costCaches.get(document);
  if (!cache) {
    cache = { variables: costVariables(document), costs: new Map() };
    costCaches.set(document, cache);
  }
  const key = JSON.stringify([
    operationName ?? null,
    ...cache.variables.map((v) => variables?.[v]),
  ]);
  let cost = cache.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operationName, variables);
    if (cache.costs.size >= MAX_COSTS_PER_DOCUMENT) cache.costs.clear();
    cache.costs.set(key, cost);
  }
  return cost;
}

/** The estimated cost of one operation of `document`, as LIMITS.cost counts it. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Refuses operations whose estimated cost is over the limit, before anything is resolved. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = cachedOperationCost(
            schema,
            document,
            request.operationName,
            request.variables,
          );
          if (cost > LIMITS.cost) {
            throw new GraphQLError(
              `The query asks for too much (estimated cost ${cost}, limit ${LIMITS.cost}); ask for smaller pages.`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, cost, limit: LIMITS.cost } },
            );
          }
        },
      };
    },
  };
}
