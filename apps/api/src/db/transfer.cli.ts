/**
 * Moves all data of the configured database (DATABASE_URL, or the embedded one in DATA_DIR) to a
 * portable file and back:
 *   pnpm db:export [file]   default gpa-export-<migration>-<date>.jsonl.gz in the current directory
 *   pnpm db:import <file>   into an empty database of the same migration level, in one transaction
 * Stop the API first when the database is the embedded one (one process owns DATA_DIR).
 * Both bring the database to the application's migration level first, as the API does at start.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';
import { exportDatabase, importDatabase, TransferError } from './transfer.js';

// Run through `pnpm --filter`, the process starts in apps/api: paths are the caller's.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const [command, fileArg] = process.argv.slice(2);
if ((command !== 'export' && command !== 'import') || (command === 'import' && !fileArg)) {
  console.error('usage: db:export [file]  |  db:import <file>');
  process.exit(64);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  poolSize: 1,
  logger,
  logSql: false,
});
const where = database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'server';
try {
  const started = performance.now();
  if (command === 'export') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.resolve(fileArg ?? `gpa-export-${stamp}.jsonl.gz`);
    const report = await exportDatabase(database.url, file);
    console.log(
      `Exported ${report.rows} rows of ${Object.keys(report.tables).length} tables from the ${where} ` +
        `(migration ${report.migration}) to ${file} in ${Math.round(performance.now() - started)} ms.`,
    );
  } else {
    const file = path.resolve(fileArg!);
    const report = await importDatabase(database.url, file);
    console.log(
      `Imported ${report.rows} rows of ${Object.keys(report.tables).length} tables into the ${where} ` +
        `(migration ${report.migration}); every table's row count and checksum match the file ` +
        `(${Math.round(performance.now() - started)} ms).`,
    );
  }
} catch (error) {
  if (error instanceof TransferError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
