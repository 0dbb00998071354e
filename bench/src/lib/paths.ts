/** Where the bench finds the repository's parts: the seed, and the API's built entry point. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BENCH_ROOT = path.join(REPO_ROOT, 'bench');
export const SEED_DIR = path.join(REPO_ROOT, 'seeds/data');
export const SEED_FILE = path.join(SEED_DIR, 'asia-and-the-pacific-2018.json');
/** The production process, as `pnpm start` runs it (built by `pnpm run build`). */
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
