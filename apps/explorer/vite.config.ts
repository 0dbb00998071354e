import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API process runs separately; in production it serves dist/ itself.
const api = 'http://127.0.0.1:4000';
const proxy = { '/graphql': api, '/documents': api };

export default defineConfig({
  base: '/',
  plugins: [react()],
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
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
