import { DataSource } from 'typeorm';
import { ENTITIES } from '../modules/entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { type SqlLog } from './sql-log.js';

/** The one TypeORM data source of the process. `synchronize` is never on: migrations only. */
export function createDataSource(options: {
  url: string;
  poolSize: number;
  sqlLog?: SqlLog;
}): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension is needed for uuids.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: options.sqlLog ? 'all' : false,
    logger: options.sqlLog,
    maxQueryExecutionTime: 1000,
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: 'good-practice-awards',
    },
  });
}
