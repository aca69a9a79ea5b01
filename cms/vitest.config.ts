import { defineConfig } from 'vitest/config'

/**
 * The same integration suite runs once per database adapter:
 * SQLite always, PostgreSQL always (the server on 127.0.0.1:5432, or TEST_POSTGRES_URL),
 * MongoDB only when TEST_MONGODB_URL names a server. Each test file makes its own throwaway database.
 */
const adapters = ['sqlite', 'postgres', ...(process.env.TEST_MONGODB_URL ? ['mongodb'] : [])]

export default defineConfig({
  resolve: { tsconfigPaths: true },
  // tsconfig keeps JSX for Next.js to compile; tests that render an admin component compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      ...adapters.map((adapter) => ({
        extends: true as const,
        test: {
          name: adapter,
          include: ['test/int/**/*.int.test.ts'],
          environment: 'node',
          env: { TEST_DB: adapter },
          pool: 'forks' as const,
        },
      })),
      {
        // Faults (issue 14 item 8): the database going away, through a proxy the tests cut.
        // PostgreSQL only: the fault is a network connection that breaks (SQLite has none).
        extends: true as const,
        test: {
          name: 'postgres-faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DB: 'postgres' },
          pool: 'forks' as const,
        },
      },
    ],
  },
})
