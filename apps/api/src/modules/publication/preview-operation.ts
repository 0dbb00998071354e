import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { userInputError } from '../../graphql/errors.js';
import { LIMITS, operationCost, validationRules } from '../../graphql/hardening.js';

/** A client's query, checked and ready to run in the preview. */
export interface PreviewOperation {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a document sent for the preview as /graphql checks one (token, depth, alias and cost
 * limits, the schema's validation rules), and more strictly: exactly one operation, and a
 * query. Whatever is wrong is BAD_USER_INPUT, with `field` naming the argument at fault; the
 * preview never runs a mutation, whatever the caller may do elsewhere.
 */
export function previewOperation(
  schema: GraphQLSchema,
  source: string,
  variables: unknown,
): PreviewOperation {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: LIMITS.tokens, noLocation: true });
  } catch (error) {
    throw userInputError(
      `The preview's query is not valid GraphQL: ${(error as Error).message}`,
      'query',
    );
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) {
    throw userInputError(
      `The preview runs exactly one operation; this document has ${operations.length}.`,
      'query',
    );
  }
  const [operation] = operations as [OperationDefinitionNode];
  if (operation.operation !== 'query') {
    throw userInputError(
      `The preview runs queries only; this document is a ${operation.operation}.`,
      'query',
    );
  }
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  if (errors.length) {
    throw userInputError(
      `The preview's query is not valid: ${errors.map((e) => e.message).join(' ')}`,
      'query',
    );
  }
  if (variables != null && !isPlainObject(variables)) {
    throw userInputError('The variables must be an object.', 'variables');
  }
  const values = variables ?? {};
  const operationName = operation.name?.value;
  let cost: number;
  try {
    cost = operationCost(schema, document, operationName, values);
  } catch (error) {
    // The cost estimate coerces the variables first: a missing or mistyped one ends up here.
    if (!(error instanceof GraphQLError)) throw error;
    throw userInputError(`The preview's variables are not valid: ${error.message}`, 'variables');
  }
  if (cost > LIMITS.cost) {
    throw userInputError(
      `The preview's query asks for too much (estimated cost ${cost}, limit ${LIMITS.cost}); ask for smaller pages.`,
      'query',
    );
  }
  return { document, operationName, variables: values };
}
