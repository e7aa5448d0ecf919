import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests. The database is PGlite unless ANJIA_TEST_DRIVER=pg, when the
 * integration tests run against a fresh database on TEST_DATABASE_URL's server (see test/support).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
