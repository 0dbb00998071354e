/**
 * The API's own migrations and seed loader, imported from its sources (tsx runs them as they
 * are; the scripts point tsx at the API's tsconfig for its decorators). Only the generator
 * needs them: the benchmark talks to the built process.
 */
export { openDatabase } from '../../../apps/api/src/db/database.js';
export { createLogger } from '../../../apps/api/src/logger.js';
export { SeedService } from '../../../apps/api/src/modules/seed/seed.service.js';
