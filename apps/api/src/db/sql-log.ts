import { type Logger as TypeOrmLogger, type QueryRunner } from 'typeorm';
import { type Logger } from 'pino';

type Listener = (sql: string) => void;

/**
 * TypeORM's logger, routed to pino. It also lets tests observe every statement sent, which is
 * how "a page of 100 practices costs N statements" is asserted.
 */
export class SqlLog implements TypeOrmLogger {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly logger: Logger,
    private readonly logStatements: boolean,
  ) {}

  /** Calls `listener` with each statement until the returned function is called. */
  observe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    for (const listener of this.listeners) listener(query);
    if (this.logStatements) this.logger.debug({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    for (const listener of this.listeners) listener(query);
    this.logger.warn({ err: error, sql: query }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ typeorm: message }, 'typeorm');
    else this.logger.debug({ typeorm: message }, 'typeorm');
  }
}
