import type { Payload } from 'payload'

import type { Service, User } from '../../payload-types'
import type { ReminderKind } from '../../review/reminderKinds'
import type { ReviewSettingsValues } from '../../review/schedule'

const emailsOf = (users: Pick<User, 'email'>[]) =>
  [...new Set(users.map((u) => u.email.toLowerCase()))].sort()

/**
 * Who a reminder goes to. Providers: the provider users of the listing's organisation (or the
 * organisation's own email if it has no users). Officers: the listing's responsible officer, or
 * the configured overdue-alert address, or every LA officer.
 */
export async function reminderRecipients(
  payload: Payload,
  kind: ReminderKind,
  listing: Pick<Service, 'organisation' | 'responsibleOfficer'>,
  settings: ReviewSettingsValues,
): Promise<string[]> {
  return kind === 'officer-14-days-overdue'
    ? officerRecipients(payload, listing, settings)
    : providerRecipients(payload, listing)
}

/**
 * The listing's responsible officer, or the configured overdue-alert address, or every LA
 * officer. Also who hears about a family's problem report (plugins/problemReports).
 */
export async function officerRecipients(
  payload: Payload,
  listing: Pick<Service, 'responsibleOfficer'>,
  settings: Pick<ReviewSettingsValues, 'overdueAlertEmail'>,
): Promise<string[]> {
  const officerId =
    typeof listing.responsibleOfficer === 'object'
      ? listing.responsibleOfficer?.id
      : listing.responsibleOfficer
  if (officerId !== undefined && officerId !== null) {
    const officer = await payload.findByID({
      collection: 'users',
      id: officerId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    if (officer) return emailsOf([officer])
  }
  if (settings.overdueAlertEmail) return [settings.overdueAlertEmail.toLowerCase()]
  const officers = await payload.find({
    collection: 'users',
    where: { role: { equals: 'officer' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return emailsOf(officers.docs)
}

/**
 * The provider users of the listing's organisation, or the organisation's own email if it has no
 * users. Also who hears about moderation decisions and problem reports.
 */
export async function providerRecipients(
  payload: Payload,
  listing: Pick<Service, 'organisation'>,
): Promise<string[]> {
  const organisationId =
    typeof listing.organisation === 'object' ? listing.organisation.id : listing.organisation
  const providers = await payload.find({
    collection: 'users',
    where: {
      and: [{ role: { equals: 'provider' } }, { organisation: { equals: organisationId } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (providers.docs.length > 0) return emailsOf(providers.docs)
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  return organisation?.email ? [organisation.email.toLowerCase()] : []
}
