import type { CollectionBeforeOperationHook } from 'payload'

import { tooLarge } from '../../../endpoints/httpErrors'

/** The message for an upload over the limit, shared with the HTTP upload parser's. */
export function oversizedUploadMessage(maxBytes: number): string {
  return `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Make the image smaller (for example, save it at a lower resolution) and upload it again.`
}

/**
 * Refuses an upload larger than `maxBytes` with HTTP 413 on every path (REST, admin, Local API),
 * before any image processing or storage happens.
 */
export function refuseOversizedUploads(maxBytes: number): CollectionBeforeOperationHook<'media'> {
  return ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const size = args.req?.file?.size
    if (typeof size === 'number' && size > maxBytes) {
      throw tooLarge(oversizedUploadMessage(maxBytes))
    }
    return args
  }
}
