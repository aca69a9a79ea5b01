import { describe, expect, it } from 'vitest'

import {
  databaseAdapterFor,
  databaseKindOf,
  defaultSqliteUrl,
  redactCredentials,
} from '../../src/db/databaseAdapter'
import { databaseUrlFromEnv, secretFromEnv } from '../../src/config/environment'

describe('choosing the database from one URL', () => {
  it.each([
    ['file:/var/lib/local-offer/local-offer.db', 'sqlite'],
    ['libsql://example.turso.io', 'sqlite'],
    ['postgres://app@db.internal:5432/local_offer', 'postgres'],
    ['postgresql://app:secret@db.internal/local_offer', 'postgres'],
    ['mongodb://127.0.0.1:27017/local_offer', 'mongodb'],
    ['mongodb+srv://cluster0.example.net/local_offer', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(databaseKindOf(url)).toBe(kind)
  })

  it('builds the matching Payload adapter', async () => {
    expect((await databaseAdapterFor('file:/tmp/x.db')).name).toBe('sqlite')
    expect((await databaseAdapterFor('postgres://u@h/db')).name).toBe('postgres')
    expect((await databaseAdapterFor('mongodb://127.0.0.1/db')).name).toBe('mongoose')
  })

  it('refuses an address it does not understand, without echoing the password', () => {
    expect(() => databaseKindOf('mysql://root:hunter2@localhost/db')).toThrow(
      /postgres:\/\/.*mongodb:\/\//,
    )
    expect(() => databaseKindOf('mysql://root:hunter2@localhost/db')).not.toThrow(/hunter2/)
    expect(redactCredentials('postgres://a:b@h/db')).toBe('postgres://***@h/db')
  })

  it('uses the embedded SQLite file when DATABASE_URL is unset or blank', () => {
    expect(databaseUrlFromEnv({})).toBe(defaultSqliteUrl())
    expect(databaseUrlFromEnv({ DATABASE_URL: '  ' })).toBe(defaultSqliteUrl())
    expect(databaseUrlFromEnv({ DATA_DIR: '/srv/data' })).toBe('file:/srv/data/local-offer.db')
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgres://u@h/db' })).toBe('postgres://u@h/db')
  })

  it('refuses to start in production without a secret', () => {
    expect(() => secretFromEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(secretFromEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(secretFromEnv({ NODE_ENV: 'development' })).toMatch(/development/)
  })
})
