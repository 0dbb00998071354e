import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Vitest resolves 'react-router' to its CommonJS build but 'react-router/dom' to its ES
// build, which gives the router two copies of its React contexts. Point both at the ES build.
const routerDist = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/development',
);

export default mergeConfig(
  viteConfig({ command: 'serve', mode: 'test' }),
  defineConfig({
    resolve: {
      alias: [
        { find: /^react-router$/, replacement: path.join(routerDist, 'index.mjs') },
        { find: /^react-router\/dom$/, replacement: path.join(routerDist, 'dom-export.mjs') },
      ],
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // The first render of a lazy page imports (and transforms) its module graph.
      testTimeout: 20_000,
    },
  }),
);
