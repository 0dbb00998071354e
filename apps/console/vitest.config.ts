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
  viteConfig,
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
      // The files share one jsdom and the modules of their worker instead of building both again
      // per file (33 s → 15 s); setup.ts unmounts after every test. (The explorer's files move
      // the window's history and keep their isolation.)
      isolate: false,
    },
  }),
);
