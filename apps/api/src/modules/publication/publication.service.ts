import { execute, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { type DataSource } from 'typeorm';
import { type GraphQLContext } from '../../graphql/context.js';
import { ErrorCode, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { PublicCatalog } from '../catalog/public-catalog.js';
import { PublicReadRepository } from '../catalog/public-read.repository.js';
import { PracticeSearchRepository } from '../practice/practice-search.repository.js';
import { previewDataSource } from './preview-data-source.js';
import { previewOperation, type PreviewOperation } from './preview-operation.js';

/** What a caller may send: its own query (the explorer sends its page's), or nothing. */
export interface PreviewRequest {
  query?: string | null;
  variables?: unknown;
}

const PAGE = 100;

/**
 * The answer when no query is sent: the competition's headline figures and every entry with its
 * outcome, for a quick look. The explorer sends its own page's query instead, so the preview of
 * the public page is that page, not a copy of it.
 */
const SUMMARY = parse(/* GraphQL */ `
  query CompetitionPreviewSummary($slug: String!, $first: Int!, $after: String) {
    competitionBySlug(slug: $slug) {
      id
      slug
      title
      resultsSentence
      stats {
        entries
        institutions
        countries
        awards
        certificatesOfMerit
        specialMentions
        attestations
      }
      entries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          slug
          title
          outcome
          institution {
            name
          }
          country {
            code
            name
          }
        }
      }
    }
  }
`);

interface SummaryAnswer {
  entries: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  [field: string]: unknown;
}

/** Rolls the preview's transaction back once the answer is read. */
class PreviewRollback extends Error {}

/**
 * What the inner query's first error becomes for the caller. Codes pass through (without the
 * inner path); a staff-only field is refused as bad input, since the preview answers as the
 * public would be answered; a request-level error (a variable the operation cannot take) is bad
 * input too; anything else is the server's own error.
 */
function previewFailure(error: GraphQLError): Error {
  const code = error.extensions?.code;
  if (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN) {
    return userInputError(
      `The preview answers what the public may ask only; this query asks for more (${error.message})`,
      'query',
    );
  }
  if (typeof code === 'string') {
    return new GraphQLError(error.message, {
      extensions: error.extensions,
      originalError: error.originalError ?? undefined,
    });
  }
  if (!error.path) {
    return userInputError(`The preview's variables are not valid: ${error.message}`, 'variables');
  }
  return error.originalError ?? error;
}

/**
 * The preview of a competition's public pages: the caller's query (the explorer sends the very
 * query of its competition page), answered by the public read path (published views, search
 * table, DataLoaders) inside a transaction in which this one competition is published, and
 * which is then rolled back. Nothing is committed, so no anonymous caller can see it and the
 * public cache never moves; the transaction takes no lock on public_data_version, so other
 * staff writes go on meanwhile.
 */
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async preview(
    viewer: Viewer,
    competitionId: string,
    schema: GraphQLSchema,
    context: GraphQLContext,
    request: PreviewRequest = {},
  ): Promise<unknown> {
    this.access.assertSecretariat(viewer);
    // Checked before anything is read: a refused document never opens a transaction.
    const operation =
      request.query == null ? null : previewOperation(schema, request.query, request.variables);
    let answer: unknown = null;
    try {
      await this.dataSource.transaction(async (em) => {
        const [competition] = await em.query(`SELECT slug FROM competition WHERE id = $1`, [
          competitionId,
        ]);
        if (!competition) throw notFound('This competition');
        // Transaction-local: the public-change trigger neither bumps public_data_version (its
        // row lock would hold every other staff write to a public table until the rollback)
        // nor notifies, for this transaction only.
        await em.query(`SELECT set_config('gpa.preview', 'on', true)`);
        await em.query(
          `UPDATE competition SET status = 'PUBLISHED', published_at = coalesce(published_at, now())
            WHERE id = $1`,
          [competitionId],
        );
        const db = previewDataSource(em);
        const catalog = new PublicCatalog(
          new PublicReadRepository(db),
          new PracticeSearchRepository(db),
        );
        // Answered as an anonymous visitor would be: no viewer, and no session to set.
        const publicContext: GraphQLContext = {
          ...context,
          catalog,
          viewer: null,
          session: { set() {}, clear() {} },
        };
        answer = await this.run(schema, publicContext, competition.slug, operation);
        throw new PreviewRollback();
      });
    } catch (error) {
      if (!(error instanceof PreviewRollback)) throw error;
    }
    return answer;
  }

  /** Inside the preview's transaction: the caller's operation, or the summary. */
  private async run(
    schema: GraphQLSchema,
    contextValue: GraphQLContext,
    slug: string,
    operation: PreviewOperation | null,
  ): Promise<unknown> {
    if (!operation) return this.summary(schema, contextValue, slug);
    const result = await execute({
      schema,
      document: operation.document,
      operationName: operation.operationName,
      variableValues: operation.variables,
      contextValue,
    });
    if (result.errors?.length) throw previewFailure(result.errors[0]!);
    return result.data ?? null;
  }

  /** The summary's first page and every following one, in one answer. */
  private async summary(schema: GraphQLSchema, contextValue: GraphQLContext, slug: string) {
    let after: string | null = null;
    let page: SummaryAnswer | null = null;
    const nodes: unknown[] = [];
    do {
      const result = await execute({
        schema,
        document: SUMMARY,
        contextValue,
        variableValues: { slug, first: PAGE, after },
      });
      if (result.errors?.length) throw result.errors[0];
      const competition = (result.data as { competitionBySlug: SummaryAnswer | null } | null)
        ?.competitionBySlug;
      if (!competition) return null;
      page ??= competition;
      nodes.push(...competition.entries.nodes);
      after = competition.entries.pageInfo.hasNextPage
        ? competition.entries.pageInfo.endCursor
        : null;
    } while (after);
    if (!page) return null;
    return {
      ...page,
      entries: { ...page.entries, nodes, pageInfo: { hasNextPage: false, endCursor: null } },
    };
  }
}
