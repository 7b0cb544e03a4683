import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the hub at /console (src/server/app.ts): no inline script, nothing from outside the hub.
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    // The bundle's sizes (and gzipped sizes) are printed by the build.
    reportCompressedSize: true,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/console/dev-token': 'http://127.0.0.1:4000', '/console/config.json': 'http://127.0.0.1:4000' } },
});
