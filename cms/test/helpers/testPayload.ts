import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../../src/db/databaseAdapter'
import { createLocalOfferConfig, type LocalOfferConfigOptions } from '../../src/payload.config'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export interface TestPayload {
  payload: Payload
  /** The key this Payload instance is cached under, for calling its REST endpoints (see api.ts). */
  key: string
  database: TestDatabase
  /** Closes connections and throws the database away. */
  shutdown: () => Promise<void>
}

/**
 * A Payload instance on a fresh, empty database of this run's kind, brought up to date
 * by the committed migrations exactly as a real start does (payload.config onInit).
 */
export async function startTestPayload(
  options: Pick<LocalOfferConfigOptions, 'feedback'> = {},
): Promise<TestPayload> {
  const database = await createTestDatabase()
  const config = await createLocalOfferConfig({
    databaseUrl: database.url,
    secret: `test-secret-${randomUUID()}`,
    mediaDir: database.mediaDir,
    ...options,
  })
  const key = randomUUID()
  const payload = await getPayload({ config, key, disableOnInit: false })
  return {
    payload,
    key,
    database,
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
