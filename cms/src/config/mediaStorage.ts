import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Environment } from './environment'

/**
 * Where uploaded images are kept. Unset: on the CMS server's disk (MEDIA_DIR or cms/media).
 * In production, any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, DigitalOcean
 * Spaces...) through Payload's own storage adapter, so the CMS can run on several servers or
 * on a host with no lasting disk. Files are still served through the CMS's /api/media/file/
 * addresses, so the site build and access control work the same either way.
 */
export interface ObjectStorageSettings {
  bucket: string
  region: string
  /** For S3-compatible stores other than AWS, e.g. https://<account>.r2.cloudflarestorage.com */
  endpoint?: string
  /** Path-style addresses (bucket in the path), which MinIO and some others need. */
  forcePathStyle: boolean
  /** Unset: the AWS SDK's default credentials (environment, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** A folder inside the bucket for the media collection (default: media). */
  prefix: string
}

function setting(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/**
 * Reads S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID,
 * S3_SECRET_ACCESS_KEY and S3_PREFIX. Returns undefined (files on disk) when S3_BUCKET is unset,
 * and throws, saying what to set, when the settings are incomplete.
 */
export function objectStorageFromEnv(
  env: Environment = process.env,
): ObjectStorageSettings | undefined {
  const bucket = setting(env, 'S3_BUCKET')
  if (!bucket) return undefined
  const region = setting(env, 'S3_REGION')
  if (!region) {
    throw new Error(
      'S3_BUCKET is set but S3_REGION is not. Set S3_REGION to the bucket\'s region (e.g. eu-west-2; "auto" for Cloudflare R2).',
    )
  }
  const accessKeyId = setting(env, 'S3_ACCESS_KEY_ID')
  const secretAccessKey = setting(env, 'S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither to use the server's own AWS credentials (instance or task role).",
    )
  }
  const endpoint = setting(env, 'S3_ENDPOINT')
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new Error(`S3_ENDPOINT must be a web address starting with https://, not "${endpoint}".`)
  }
  return {
    bucket,
    region,
    endpoint,
    forcePathStyle: setting(env, 'S3_FORCE_PATH_STYLE') === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    prefix: setting(env, 'S3_PREFIX') ?? 'media',
  }
}

/**
 * Payload's S3 storage plugin for the media collection, switched off when no bucket is set.
 * `alwaysInsertFields` keeps the database schema (the media `prefix` column) the same with or
 * without object storage, so one set of migrations serves both.
 */
export function objectStoragePlugin(settings: ObjectStorageSettings | undefined): Plugin {
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'unused',
    collections: { media: { prefix: settings?.prefix ?? 'media' } },
    config: settings
      ? {
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.credentials,
        }
      : {},
  })
}
