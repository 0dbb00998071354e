import { type DataSource, type EntityManager } from 'typeorm';

/** Statements that would end the preview's transaction (and commit what it published). */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK|END)\s*;?\s*$/i;
const OPENS_TRANSACTION = /^\s*BEGIN\b\s*;?\s*/i;

/**
 * What the public read path's repositories need of a DataSource (`query`, and a query runner
 * for the searches that run with settings of their own), served by the preview's transaction.
 *
 * One connection runs one statement at a time, so the DataLoaders' concurrent reads are queued
 * here rather than inside the driver. A query runner's own transaction becomes part of the
 * preview's: its BEGIN is dropped and its COMMIT or ROLLBACK ignored, so nothing it does can
 * commit what the preview published; its SET LOCAL settings last until the preview's rollback.
 */
export function previewDataSource(em: EntityManager): DataSource {
  let queue: Promise<unknown> = Promise.resolve();
  const query = (sql: string, params?: unknown[]) => {
    const next = queue.then(() => em.query(sql, params));
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    query,
    createQueryRunner: () => ({
      query: (sql: string, params?: unknown[]) => {
        const statement = sql.replace(OPENS_TRANSACTION, '');
        if (!statement.trim() || ENDS_TRANSACTION.test(statement)) return Promise.resolve([]);
        return query(statement, params);
      },
      release: async () => undefined,
    }),
  } as unknown as DataSource;
}
