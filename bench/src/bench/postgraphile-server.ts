/**
 * PostGraphile v4 in library mode on node:http, serving the bench_pg schema: run by the bench as
 * its own process (like our API) so that neither shares an event loop with the load generator.
 * Reads DATABASE_URL, PORT and POOL_SIZE; answers POST /graphql; stops on SIGTERM.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
  application_name: 'gpa-bench-postgraphile',
});
const middleware = postgraphile(pool, 'bench_pg', {
  graphqlRoute: '/graphql',
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  disableQueryLog: true,
  enableQueryBatching: false,
  legacyRelations: 'omit',
  extendedErrors: ['message'],
});
const server = createServer(middleware);
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write('listening\n');
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
});
