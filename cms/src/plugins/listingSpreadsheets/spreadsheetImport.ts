import { createHash } from 'node:crypto'

import { defaultLocale, localeCodes, type LocaleCode } from '@local-offer/shared'
import { ValidationError, type Payload } from 'payload'

import { relationId } from '../../relationships/relationshipIds'
import type { Service, User } from '../../payload-types'
import type { ListingSaveContext } from '../../moderation/listingSaveContext'
import { readCsv } from './csvFile'
import { LOCALE_COLUMN } from './columns'
import { headerForListings, listingToRow } from './listingRow'
import { labelOfPath, planRow, type ListingIndex, type RowPlan } from './rowPlan'
import { spreadsheetStrings as s } from './strings'

/** Reads the CMS as the signed-in officer sees it (access control on). */
interface Reader {
  payload: Payload
  user: User
}

const asUser = ({ user }: Reader) => ({ overrideAccess: false, user })

/** Every listing's latest version (a pending draft if there is one) in one language, no fallback. */
export async function latestListings(reader: Reader, locale: LocaleCode): Promise<Service[]> {
  const { docs } = await reader.payload.find({
    collection: 'services',
    draft: true,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    ...asUser(reader),
  })
  return docs
}

async function liveIds(reader: Reader): Promise<Set<string>> {
  const { docs } = await reader.payload.find({
    collection: 'services',
    where: { _status: { equals: 'published' } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    ...asUser(reader),
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

async function organisationNames(reader: Reader): Promise<Map<string, string>> {
  const { docs } = await reader.payload.find({
    collection: 'organisations',
    select: { name: true },
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    ...asUser(reader),
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name ?? '']))
}

/** The listings, in the languages asked for, indexed by id and slug. */
async function listingIndex(
  reader: Reader,
  languages: readonly LocaleCode[],
): Promise<ListingIndex> {
  const [live, organisations] = await Promise.all([liveIds(reader), organisationNames(reader)])
  const byLocale = new Map<LocaleCode, { ids: Map<string, Service>; slugs: Map<string, Service> }>()
  for (const locale of languages) {
    const listings = await latestListings(reader, locale)
    byLocale.set(locale, {
      ids: new Map(listings.map((l) => [String(l.id), l])),
      slugs: new Map(listings.filter((l) => l.slug).map((l) => [l.slug as string, l])),
    })
  }
  return {
    byId: (locale, id) => byLocale.get(locale)?.ids.get(id),
    bySlug: (locale, slug) => byLocale.get(locale)?.slugs.get(slug),
    facts: (listing, locale) => ({
      locale,
      live: live.has(String(listing.id)),
      organisationName: organisations.get(String(relationId(listing.organisation))) ?? '',
    }),
    organisationExists: (id) => organisations.has(String(id)),
  }
}

/** GET export: every listing in one language, one row each. */
export async function exportCsvRows(reader: Reader, locale: LocaleCode): Promise<string[][]> {
  const index = await listingIndex(reader, [locale])
  const listings = await latestListings(reader, locale)
  const header = headerForListings(listings)
  return [
    header,
    ...listings.map((listing) => {
      const row = listingToRow(listing, index.facts(listing, locale), header)
      return header.map((key) => row[key] ?? '')
    }),
  ]
}

/** What the officer sees before confirming; `token` ties a confirmation to exactly this plan. */
export interface ImportPreview {
  ok: boolean
  errors: string[]
  notices: string[]
  rows: Array<Omit<RowPlan, 'data'>>
  counts: Record<RowPlan['outcome'], number>
  token: string
}

const countOf = (plans: readonly RowPlan[]) => ({
  created: plans.filter((p) => p.outcome === 'created').length,
  updated: plans.filter((p) => p.outcome === 'updated').length,
  unchanged: plans.filter((p) => p.outcome === 'unchanged').length,
  rejected: plans.filter((p) => p.outcome === 'rejected').length,
})

const fingerprint = (plans: readonly RowPlan[]) =>
  createHash('sha256')
    .update(
      JSON.stringify(
        plans.map(({ row, outcome, listingId, basis, data }) => [
          row,
          outcome,
          listingId,
          basis,
          data,
        ]),
      ),
    )
    .digest('hex')

/** Plans every row of the file; writes nothing. */
export async function planImport(
  reader: Reader,
  csv: string,
): Promise<{ preview: ImportPreview; plans: RowPlan[] }> {
  const file = readCsv(csv)
  const empty = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
  if (file.errors.length) {
    return {
      preview: {
        ok: false,
        errors: file.errors,
        notices: file.notices,
        rows: [],
        counts: empty,
        token: '',
      },
      plans: [],
    }
  }
  // The languages the rows are in (a row with a language we do not know is read as English,
  // to find the rest of its reasons).
  const written = new Set(
    file.rows.map(({ cells }) => (cells[LOCALE_COLUMN] ?? '').trim().toLowerCase()),
  )
  const languages = localeCodes.filter((code) => code === defaultLocale || written.has(code))
  const index = await listingIndex(reader, languages)
  const seen = new Map<string, number>()
  const plans = file.rows.map(({ number, cells, problem }) => {
    const plan = planRow(number, cells, file.header, index, seen)
    if (!problem) return plan
    return {
      ...plan,
      outcome: 'rejected' as const,
      reasons: [problem, ...plan.reasons],
      changes: [],
      data: undefined,
    }
  })
  return {
    preview: {
      ok: true,
      errors: [],
      notices: file.notices,
      rows: plans.map(({ data: _data, ...row }) => row),
      counts: countOf(plans),
      token: fingerprint(plans),
    },
    plans,
  }
}

/** Payload's refusal of a row, as reasons that name the column. */
function reasonsOf(error: unknown): string[] {
  if (error instanceof ValidationError) {
    const fields = (error.data as { errors?: Array<{ path?: string; message?: string }> }).errors
    if (fields?.length) {
      return fields.map(
        (field) => `${labelOfPath(field.path ?? '')}: ${field.message ?? s.notSaved}`,
      )
    }
  }
  return [error instanceof Error && error.message ? error.message : s.notSaved]
}

/**
 * Writes the rows planned as new or changed, each on its own (a row the CMS refuses does not stop
 * the others), as drafts submitted for review: they wait in the moderation queue and nothing goes
 * live until an officer approves it there.
 */
export async function applyImport(
  reader: Reader,
  csv: string,
  token: string,
): Promise<{ preview: ImportPreview; stale: boolean }> {
  const { preview, plans } = await planImport(reader, csv)
  if (!preview.ok || preview.token !== token) return { preview, stale: preview.ok }
  const context: ListingSaveContext = { moderationAction: 'submit' }
  const done: RowPlan[] = []
  for (const plan of plans) {
    if (!plan.data || (plan.outcome !== 'created' && plan.outcome !== 'updated')) {
      done.push(plan)
      continue
    }
    try {
      const data = { ...plan.data, _status: 'draft' } as Partial<Service>
      const saved =
        plan.outcome === 'created'
          ? await reader.payload.create({
              collection: 'services',
              data: data as Service,
              draft: true,
              locale: plan.locale,
              depth: 0,
              context: { ...context },
              ...asUser(reader),
            })
          : await reader.payload.update({
              collection: 'services',
              id: plan.listingId as number,
              data,
              draft: true,
              locale: plan.locale,
              depth: 0,
              context: { ...context },
              ...asUser(reader),
            })
      done.push({ ...plan, listingId: saved.id, name: saved.name ?? plan.name })
    } catch (error) {
      done.push({ ...plan, outcome: 'rejected', reasons: reasonsOf(error), changes: [] })
    }
  }
  return {
    preview: {
      ...preview,
      rows: done.map(({ data: _data, ...row }) => row),
      counts: countOf(done),
    },
    stale: false,
  }
}
