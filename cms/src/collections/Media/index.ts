import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staffOrOwnOrganisation, staffOrProvider } from '../../access/ownOrganisation'
import { enforceOwnOrganisation } from '../../hooks/enforceOwnOrganisation'
import { refuseOversizedUploads } from './hooks/refuseOversizedUploads'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Image types accepted for upload; anything else is refused by Payload with the type named. */
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

/** The largest upload accepted, in bytes (10 MB), set on the whole CMS in payload.config. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/**
 * Images for listings and pages. sharp makes responsive sizes in WebP; alt text is required
 * in every locale it is written for, so every image a family sees has a meaningful description.
 */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Local Offer', defaultColumns: ['filename', 'alt', 'organisation', 'updatedAt'] },
  access: {
    read: anyone,
    create: staffOrProvider,
    update: staffOrOwnOrganisation('organisation'),
    delete: staffOrOwnOrganisation('organisation'),
  },
  hooks: {
    beforeOperation: [refuseOversizedUploads(MAX_UPLOAD_BYTES)],
    beforeValidate: [enforceOwnOrganisation('organisation')],
  },
  upload: {
    staticDir: path.resolve(dirname, '../../../media'),
    mimeTypes: acceptedImageTypes,
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      {
        name: 'thumbnail',
        width: 320,
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      { name: 'card', width: 640, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'feature', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      localized: true,
      maxLength: 250,
      validate: requiredInDefaultLocale(
        'Enter alternative text describing the image',
        (value: unknown) => {
          if (typeof value !== 'string' || value.trim().length < 5) {
            return 'Describe what the image shows for people who cannot see it (at least 5 characters)'
          }
          if (
            /\.(jpe?g|png|webp|avif|gif)$/i.test(value.trim()) ||
            /^(image|photo|picture)$/i.test(value.trim())
          ) {
            return 'The alternative text should describe the image, not be a file name or the word "image"'
          }
          return true
        },
      ),
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      admin: {
        position: 'sidebar',
        description: 'The provider that uploaded it; empty for LA images.',
      },
    },
  ],
}
