import { defineConfig } from 'vitest/config'

/** The seed's data checks run once; loading it runs against SQLite and PostgreSQL like the CMS suite. */
const adapters = ['sqlite', 'postgres', ...(process.env.TEST_MONGODB_URL ? ['mongodb'] : [])]

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true as const,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.int.test.ts'] },
      },
      ...adapters.map((adapter) => ({
        extends: true as const,
        test: {
          name: adapter,
          include: ['test/**/*.int.test.ts'],
          env: { TEST_DB: adapter },
          pool: 'forks' as const,
        },
      })),
    ],
  },
})
