import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and type-graphql) load the CJS one. Vite would
    // pick the ESM one for our sources: two realms, and "Cannot use GraphQLSchema from another module".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Two projects: unit tests (*.unit.test.ts: the policy, the read engine's compiler, pure functions),
    // which need no database and no hub (`npm run test:unit`, seconds); and the rest, against a real
    // PostgreSQL. `npm test` runs both.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.unit.test.ts'], setupFiles: ['reflect-metadata'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.unit.test.ts'],
          // One real PostgreSQL for the run (embedded, or the server DATABASE_URL names), a fresh migrated
          // database on it, which each test file copies for its own (test/support/own-database.ts).
          globalSetup: ['test/setup/global-setup.ts'],
          // type-graphql's decorators need the metadata API before any module that uses them loads; each
          // file's database is dropped after its tests.
          setupFiles: ['reflect-metadata', 'test/setup/file-database.ts'],
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every hub of the run, in-process or spawned, delivers with the same quick timings: whichever
    // process claims a notification sets its job's retries (the database and its queue are shared).
    env: {
      NODE_ENV: 'test',
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
      WEBHOOK_TIMEOUT_SECONDS: '2',
      WEBHOOK_RETRY_LIMIT: '4',
      JOBS_MAINTENANCE_SECONDS: '1',
      OUTBOX_SWEEP_SECONDS: '1',
      // Tests send as fast as they can from one address and few users; the limit has its own test.
      RATE_LIMIT_PER_SECOND: '0',
    },
  },
});
