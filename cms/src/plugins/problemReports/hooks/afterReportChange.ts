import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { listingLinks } from '../../../email/listingLinks'
import type { ProblemReport, Service } from '../../../payload-types'
import { refreshReviewStatus } from '../../../review/openProblemReports'
import { loadReviewSettings } from '../../../review/reviewSettings'
import { officerRecipients, providerRecipients } from '../../reviewReminders/reminderRecipients'
import { problemReportEmailToOfficer, problemReportEmailToProvider } from '../emails'

/**
 * After a report is made: the listing becomes due for review (review rules), and its provider
 * users and responsible officer are e-mailed. After it is resolved or opened again: the listing's
 * review status is worked out again. An e-mail that fails is logged, never a refused report.
 */
export const afterReportChange: CollectionAfterChangeHook<ProblemReport> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const listingId = typeof doc.listing === 'object' ? doc.listing.id : doc.listing
  if (operation === 'update' && doc.status === previousDoc?.status) return doc
  await refreshReviewStatus(req.payload, listingId, req)
  if (operation !== 'create') return doc
  const notified = await notify(req.payload, doc, listingId, req)
  if (notified.length > 0) {
    await req.payload.db.updateOne({
      collection: 'problem-reports',
      id: doc.id,
      data: { notified: notified.join(', ') },
      req,
      returning: false,
    })
  }
  return { ...doc, notified: notified.join(', ') }
}

async function notify(
  payload: Payload,
  report: ProblemReport,
  listingId: Service['id'],
  req: PayloadRequest,
): Promise<string[]> {
  const listing = await payload.findByID({
    collection: 'services',
    id: listingId,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const organisation = typeof listing.organisation === 'object' ? listing.organisation : null
  const details = {
    listingName: listing.name || `Listing ${listing.id}`,
    organisationName: organisation?.name ?? 'its provider',
    problem: report.problem,
    details: report.details ?? '',
    ...listingLinks(payload, listing),
  }
  const settings = await loadReviewSettings(payload, req)
  const messages = [
    { to: await providerRecipients(payload, listing), ...problemReportEmailToProvider(details) },
    {
      to: await officerRecipients(payload, listing, settings),
      ...problemReportEmailToOfficer(details),
    },
  ]
  const sentTo: string[] = []
  for (const message of messages) {
    if (message.to.length === 0) continue
    try {
      await payload.sendEmail({ to: message.to, subject: message.subject, text: message.text })
      sentTo.push(...message.to)
    } catch (error) {
      payload.logger.error(
        { err: error },
        `A problem report on listing ${listing.id} was saved but could not be e-mailed to ${message.to.join(', ')}`,
      )
    }
  }
  return [...new Set(sentTo)]
}
