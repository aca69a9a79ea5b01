import { describe, expect, it } from 'vitest'

import { objectStorageFromEnv } from '../../src/config/mediaStorage'

describe('objectStorageFromEnv', () => {
  it('keeps images on disk when no bucket is set', () => {
    expect(objectStorageFromEnv({})).toBeUndefined()
    expect(objectStorageFromEnv({ S3_BUCKET: '  ', S3_REGION: 'eu-west-2' })).toBeUndefined()
  })

  it('reads a complete S3-compatible set-up', () => {
    expect(
      objectStorageFromEnv({
        S3_BUCKET: 'westbridge-local-offer-media',
        S3_REGION: 'auto',
        S3_ENDPOINT: 'https://account.r2.cloudflarestorage.com',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_PREFIX: 'uploads',
      }),
    ).toEqual({
      bucket: 'westbridge-local-offer-media',
      region: 'auto',
      endpoint: 'https://account.r2.cloudflarestorage.com',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      prefix: 'uploads',
    })
  })

  it("uses the server's own credentials and the media folder when they are not given", () => {
    expect(objectStorageFromEnv({ S3_BUCKET: 'media', S3_REGION: 'eu-west-2' })).toEqual({
      bucket: 'media',
      region: 'eu-west-2',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
      prefix: 'media',
    })
  })

  it('says what to set when the settings are incomplete', () => {
    expect(() => objectStorageFromEnv({ S3_BUCKET: 'media' })).toThrow(/S3_REGION/)
    expect(() =>
      objectStorageFromEnv({ S3_BUCKET: 'media', S3_REGION: 'eu-west-2', S3_ACCESS_KEY_ID: 'k' }),
    ).toThrow(/both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
    expect(() =>
      objectStorageFromEnv({ S3_BUCKET: 'm', S3_REGION: 'r', S3_ENDPOINT: 'minio:9000' }),
    ).toThrow(/https:\/\//)
  })
})
