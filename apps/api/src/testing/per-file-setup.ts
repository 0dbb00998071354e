import { afterAll } from 'vitest';
import { dropFileDatabase } from './per-file-database.js';

// Run by vitest before every test file (`setupFiles`): registered first, this hook runs after
// the file's own afterAll hooks (servers closed), and drops the database the file used.
afterAll(() => dropFileDatabase(), 60_000);
