import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../../src/db/databaseAdapter'
import { createLocalOfferConfig, type LocalOfferConfigOptions } from '../../src/payload.config'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export interface TestPayload {
  payload: Payload
  database: TestDatabase
  /** The cache key of this Payload instance, for handleEndpoints (REST requests in tests). */
  key: string
  /** Closes connections and throws the database away. */
  shutdown: () => Promise<void>
}

/**
 * A Payload instance on a fresh, empty database of this run's kind, brought up to date
 * by the committed migrations exactly as a real start does (payload.config onInit).
 * `options.email` sends this instance's email somewhere a test can see it (e.g. a test SMTP server).
 */
export type TestPayloadOptions = Pick<
  LocalOfferConfigOptions,
  'email' | 'serverURL' | 'allowedOrigins' | 'feedback' | 'sitePublishing' | 'singleSignOn'
>

export async function startTestPayload(
  options: TestPayloadOptions = {},
  /** How the CMS reaches its database (the fault tests put a cuttable proxy in between). */
  reach: (databaseUrl: string) => string = (url) => url,
): Promise<TestPayload> {
  const database = await createTestDatabase()
  const config = await createLocalOfferConfig({
    ...options,
    databaseUrl: reach(database.url),
    secret: `test-secret-${randomUUID()}`,
    mediaDir: database.mediaDir,
    runScheduledJobs: false,
  })
  const key = randomUUID()
  const payload = await getPayload({ config, key, disableOnInit: false })
  return {
    payload,
    database,
    key,
    shutdown: async () => {
      if (database.kind === 'mongodb') {
        const connection = (
          payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }
        ).connection
        await connection?.dropDatabase()
      }
      await closeDatabase(payload)
      await database.drop()
    },
  }
}
