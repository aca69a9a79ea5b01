import type { HeldBackItem } from '@local-offer/shared/publishReport'
import type { Payload, Where } from 'payload'

import type { Page, Service, SiteBuild } from '../../payload-types'
import { loadReviewSettings } from '../../review/reviewSettings'
import { adminUrlOf } from '../reviewReminders/adminUrl'
import { reminderRecipients } from '../reviewReminders/reminderRecipients'
import { siteBuildStrings as s } from './strings'
import type { HeldBackRecord } from './heldBackRecord'

export type { HeldBackRecord } from './heldBackRecord'

const findDocument = async (payload: Payload, item: HeldBackItem) => {
  const where: Where = item.id ? { id: { equals: item.id } } : { slug: { equals: item.slug ?? '' } }
  const { docs } = await payload.find({
    collection: item.collection,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Service | Page | undefined
}

/** The held-back items of a report, with the document each one is (its id and title). */
export async function resolveHeldBack(
  payload: Payload,
  items: readonly HeldBackItem[],
): Promise<HeldBackRecord[]> {
  return Promise.all(
    items.map(async (item) => {
      const doc = await findDocument(payload, item)
      const title =
        (doc ? ('name' in doc ? doc.name : (doc as Page).title) : undefined) ??
        item.slug ??
        item.id ??
        '?'
      return {
        collection: item.collection,
        id: doc ? String(doc.id) : (item.id ?? null),
        title,
        slug: doc?.slug ?? item.slug ?? null,
        reason: item.reason,
        keptPrevious: item.keptPrevious,
      }
    }),
  )
}

/**
 * Tells whoever can fix a held-back document: for a listing its provider's users and its
 * responsible officer (else the review alert address, else every officer); for an information
 * page the officers. One e-mail per document per build: called once, by the runner that
 * recorded the build's outcome. A failed send is logged and does not undo the publish.
 */
export async function notifyHeldBack(
  payload: Payload,
  build: Pick<SiteBuild, 'id'>,
  records: readonly HeldBackRecord[],
): Promise<number> {
  let sent = 0
  const settings = await loadReviewSettings(payload)
  for (const record of records) {
    try {
      const doc =
        record.id === null
          ? undefined
          : await payload.findByID({
              collection: record.collection,
              id: record.id,
              depth: 0,
              disableErrors: true,
              overrideAccess: true,
            })
      const officers =
        doc && 'organisation' in doc
          ? await reminderRecipients(payload, 'officer-14-days-overdue', doc, settings)
          : await reminderRecipients(
              payload,
              'officer-14-days-overdue',
              { organisation: 0, responsibleOfficer: null },
              settings,
            )
      const providers =
        doc && 'organisation' in doc
          ? await reminderRecipients(payload, 'provider-30-days', doc, settings)
          : []
      const to = [...new Set([...providers, ...officers])]
      if (to.length === 0) continue
      const email = s.heldBackEmail(
        record,
        adminUrlOf(payload, record.collection, record.id ?? ''),
        build.id,
      )
      await payload.sendEmail({ to, subject: email.subject, text: email.text })
      sent++
    } catch (error) {
      payload.logger.error(
        { err: error },
        `Could not e-mail about held-back ${record.collection} ${record.id}`,
      )
    }
  }
  return sent
}
