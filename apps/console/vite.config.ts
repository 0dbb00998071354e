import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API process under /console/; in development vite forwards the API to it.
const api = 'http://127.0.0.1:4000';
const proxy = { '/graphql': api };

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: { port: 5174, proxy },
  preview: { port: 4174, proxy },
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
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
