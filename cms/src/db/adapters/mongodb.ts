import { mongooseAdapter } from '@payloadcms/db-mongodb'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

/** MongoDB, chosen by a mongodb:// URL. No server runs on these machines: untested here. */
export function mongodbAdapterFor(url: string, migrationsDir: string): DatabaseAdapterObj {
  return mongooseAdapter({ url, migrationDir: path.join(migrationsDir, 'mongodb') })
}
