/**
 * Loads seed files into the configured database (DATABASE_URL, or the embedded one in DATA_DIR):
 *   pnpm seed                      every file in seeds/data
 *   pnpm seed path/to/a.json …     the given files
 * Idempotent: loading the same files again changes nothing.
 */
import path from 'node:path';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../db/database.js';
import { createLogger } from '../../logger.js';
import { DEFAULT_SEED_DIR } from '../../server.js';
import { SeedFileError, SeedService } from './seed.service.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const files = process.argv
  .slice(2)
  .map((f) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f));
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 2,
  logger,
  logSql: config.logSql,
});
try {
  const seeds = new SeedService(database.dataSource);
  const report = files.length
    ? await seeds.loadFiles(files)
    : await seeds.loadDirectory(config.seedDir ?? DEFAULT_SEED_DIR);
  console.log(
    `Loaded ${report.competitions} competition(s), ${report.entries} entries from ${report.files.length} file(s).`,
  );
} catch (error) {
  if (error instanceof SeedFileError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
