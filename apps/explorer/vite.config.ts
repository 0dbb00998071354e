import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
// React Router's package exports point at its development build; production builds use the
// production one (no development warnings, about a third smaller).
const routerProduction = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production',
);

// In development the API process runs separately; in production it serves dist/ itself.
const api = 'http://127.0.0.1:4000';
const proxy = { '/graphql': api, '/documents': api };

export default defineConfig(({ command }) => ({
  base: '/',
  plugins: [react(), graphqlDocuments(path.join(here, 'src/generated'))],
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: path.join(routerProduction, 'index.mjs') },
            {
              find: /^react-router\/dom$/,
              replacement: path.join(routerProduction, 'dom-export.mjs'),
            },
          ]
        : [],
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              // Not the whole of `graphql`: GraphiQL (on /api only) uses far more of it than
              // Apollo does, and a group takes every module that matches.
              name: 'apollo',
              test: /node_modules[\\/](@apollo|rxjs|optimism|@wry|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
}));
