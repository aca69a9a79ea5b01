import type { Config } from 'payload'

/**
 * Words of Payload's admin we replace (English is the admin's only language).
 *
 * The version view's Restore button shows its own "There was a problem restoring this version"
 * whatever the server answered, so a provider whose restore onto the live listing is refused
 * (providers' changes always go through review) never sees our explanation; @payloadcms/next
 * offers no override for that button short of replacing the whole version view. Its failure text
 * therefore says what a provider can do instead, and what anyone else should do. ("Restore as
 * draft" is offered only for a published version; for a draft version Payload offers nothing a
 * provider may use, hence the second way.)
 */
export const adminTranslations: NonNullable<Config['i18n']>['translations'] = {
  en: {
    version: {
      problemRestoringVersion:
        'This version was not restored. Providers cannot restore a version onto the live listing. If the button has an arrow beside it, choose “Restore as draft” there; if not (a draft version), open the listing (Edit), copy what you need from this version, save it as a draft and submit it for review. If you are on the Local Offer team, try again; if it fails again, the version may no longer exist.',
    },
  },
}
