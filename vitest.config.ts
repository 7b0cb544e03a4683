import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and type-graphql) load the CJS one. Vite would
    // pick the ESM one for our sources: two realms, and "Cannot use GraphQLSchema from another module".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One real PostgreSQL for the run (embedded, or the server DATABASE_URL names), a fresh database on it.
    globalSetup: ['test/setup/global-setup.ts'],
    // type-graphql's decorators need the metadata API before any module that uses them loads.
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});
