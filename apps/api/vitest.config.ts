import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the libraries; code Vite transforms must use the
    // same one, or graphql sees two copies of itself ("from another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    globalSetup: ['./src/testing/global-setup.ts'],
    include: ['src/**/__tests__/**/*.test.ts'],
    // Each file has its own copy of the seeded database (testing/per-file-database.ts), so files
    // run side by side, two at a time (the machines have two cores).
    fileParallelism: true,
    // Files share the modules of their worker instead of importing the whole API again (3 s a
    // file, two thirds of the run's time); per-file state lives in per-file-setup.ts' hooks.
    isolate: false,
    setupFiles: ['./src/testing/per-file-setup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
