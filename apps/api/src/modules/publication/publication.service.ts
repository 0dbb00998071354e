import { execute, parse, type GraphQLSchema } from 'graphql';
import { type DataSource } from 'typeorm';
import { type GraphQLContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { PublicCatalog } from '../catalog/public-catalog.js';
import { PublicReadRepository } from '../catalog/public-read.repository.js';
import { PracticeSearchRepository } from '../practice/practice-search.repository.js';
import { COMPETITION_PAGE_QUERY } from './competition-preview.query.js';

const PAGE = 100;
const document = parse(COMPETITION_PAGE_QUERY);

interface PageAnswer {
  entries: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  [field: string]: unknown;
}

/** Rolls the preview's transaction back once the answer is read. */
class PreviewRollback extends Error {}

/**
 * The preview of a competition's public page: the very query the explorer sends, answered by
 * the public read path (published views, search table, DataLoaders) inside a transaction in
 * which this one competition is published, and which is then rolled back. Nothing is
 * committed, so no anonymous caller can see it and the public cache never moves; the
 * transaction takes no lock on public_data_version, so other staff writes go on meanwhile.
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
  ): Promise<unknown> {
    this.access.assertSecretariat(viewer);
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
        // The repositories only call .query(). One connection runs one statement at a time, so
        // the DataLoaders' concurrent reads are queued here rather than inside the driver.
        let queue: Promise<unknown> = Promise.resolve();
        const db = {
          query: (sql: string, params?: unknown[]) => {
            const next = queue.then(() => em.query(sql, params));
            queue = next.catch(() => undefined);
            return next;
          },
        } as unknown as DataSource;
        const catalog = new PublicCatalog(
          new PublicReadRepository(db),
          new PracticeSearchRepository(db),
        );
        answer = await this.run(schema, { ...context, catalog, viewer: null }, competition.slug);
        throw new PreviewRollback();
      });
    } catch (error) {
      if (!(error instanceof PreviewRollback)) throw error;
    }
    return answer;
  }

  /** The first page and every following one, as the explorer fetches them. */
  private async run(schema: GraphQLSchema, contextValue: GraphQLContext, slug: string) {
    let after: string | null = null;
    let page: PageAnswer | null = null;
    const nodes: unknown[] = [];
    do {
      const result = await execute({
        schema,
        document,
        contextValue,
        variableValues: { slug, first: PAGE, after },
      });
      if (result.errors?.length) throw result.errors[0];
      const competition = (result.data as { competitionBySlug: PageAnswer | null } | null)
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
