import { subMinutes } from 'date-fns/subMinutes'
import type { Payload } from 'payload'

import { compareAndSet } from '../../db/compareAndSet'
import { isUniqueViolation } from '../../db/isUniqueViolation'
import type { ReviewReminder, Service } from '../../payload-types'
import type { ReminderKind } from '../../review/reminderKinds'
import { dayKey } from '../../review/schedule'

/**
 * A reminder claimed as "sending" is only taken over by another run after this long, in case the
 * run that claimed it crashed between claiming and sending (rather than failing cleanly).
 */
export const CLAIM_LEASE_MINUTES = 15

export const reminderKey = (listingId: Service['id'], dueDate: Date, kind: ReminderKind) =>
  `${listingId}:${dayKey(dueDate)}:${kind}`

export type Claim =
  | { outcome: 'claimed'; reminder: ReviewReminder }
  | { outcome: 'done' | 'busy'; reminder: ReviewReminder }

const findByKey = async (payload: Payload, key: string) =>
  (
    await payload.find({
      collection: 'review-reminders',
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/**
 * Claims a reminder before its email is sent. Each write commits on its own (no shared
 * transaction), so the claim is on disk before the email leaves: a second run the same day sees
 * it and does not send again. A reminder whose send failed, or whose claim is older than the
 * lease, is claimed again and retried.
 */
export async function claimReminder(
  payload: Payload,
  details: { key: string; listingId: Service['id']; kind: ReminderKind; dueDate: Date },
  now: Date = new Date(),
): Promise<Claim> {
  let existing = await findByKey(payload, details.key)
  if (!existing) {
    try {
      const reminder = await payload.create({
        collection: 'review-reminders',
        overrideAccess: true,
        depth: 0,
        data: {
          key: details.key,
          listing: details.listingId,
          kind: details.kind,
          dueDate: details.dueDate.toISOString(),
          state: 'sending',
          attempts: 1,
          claimedAt: now.toISOString(),
        },
      })
      return { outcome: 'claimed', reminder }
    } catch (error) {
      if (!isUniqueViolation(error, 'key')) throw error
      existing = await findByKey(payload, details.key)
      if (!existing) throw error
    }
  }
  if (existing.state === 'sent' || existing.state === 'no-recipients') {
    return { outcome: 'done', reminder: existing }
  }
  const leaseExpired =
    existing.state === 'sending' &&
    (!existing.claimedAt || new Date(existing.claimedAt) <= subMinutes(now, CLAIM_LEASE_MINUTES))
  if (existing.state === 'failed' || leaseExpired) {
    // Only one of two runs retrying the same reminder at once may win the claim.
    const reminder = await compareAndSet<ReviewReminder>(
      payload,
      'review-reminders',
      {
        and: [
          { id: { equals: existing.id } },
          { state: { equals: existing.state } },
          { attempts: { equals: existing.attempts } },
        ],
      },
      { state: 'sending', attempts: existing.attempts + 1, claimedAt: now.toISOString() },
    )
    if (reminder) return { outcome: 'claimed', reminder }
  }
  return { outcome: 'busy', reminder: existing }
}

export async function markReminder(
  payload: Payload,
  reminder: ReviewReminder,
  data: Pick<ReviewReminder, 'state'> & Partial<Pick<ReviewReminder, 'recipients' | 'lastError'>>,
): Promise<void> {
  await payload.update({
    collection: 'review-reminders',
    id: reminder.id,
    overrideAccess: true,
    depth: 0,
    data: {
      ...data,
      ...(data.state === 'sent' ? { sentAt: new Date().toISOString(), lastError: null } : {}),
    },
  })
}
