/**
 * The shape the site relies on in the CMS's REST answers (`locale=all`, depth 1).
 * Checked at the boundary so that a CMS that sends something else stops the build with the
 * document and field named, instead of producing broken pages.
 */
import {
  accessRoutes,
  areaOfNeedValues,
  categoryValues,
  costTypes,
  localeCodes,
  onlineLinkPurposes,
  organisationTypes,
  reviewStatuses,
  themeStatuses,
  weekdays,
} from '@local-offer/shared'
import { z } from 'astro/zod'

const values = <T extends string>(list: readonly T[]) => z.enum(list as [T, ...T[]])
const optionalText = z.string().nullish()

/** A localized field as `locale=all` sends it: one entry per locale that has a value. */
export const localized = <T extends z.ZodType>(inner: T) =>
  z.partialRecord(values(localeCodes), inner.nullable()).nullish()

const id = z.union([z.number(), z.string()])

export const rawMediaSchema = z.object({
  id,
  url: z.string(),
  alt: localized(z.string()),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
})

export const rawOrganisationSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  type: values(organisationTypes.map((t) => t.value)),
  openReferralId: z.string().min(1),
  registrationNumber: optionalText,
  description: localized(z.string()),
  website: optionalText,
  email: optionalText,
  phone: optionalText,
  address: z
    .object({
      line1: optionalText,
      line2: optionalText,
      town: optionalText,
      postcode: optionalText,
    })
    .nullish(),
  logo: z.union([rawMediaSchema, id]).nullish(),
  updatedAt: z.string(),
})

const rawLexical = z.object({ root: z.object({ type: z.literal('root') }).loose() }).loose()

export const rawServiceSchema = z.object({
  id,
  slug: z.string().min(1),
  openReferralId: z.string().min(1),
  name: localized(z.string()),
  summary: localized(z.string()),
  description: localized(rawLexical),
  image: z.union([rawMediaSchema, id]).nullish(),
  category: values(categoryValues),
  // Keys of the CMS's sub-categories (data officers manage; the CMS checks them on save).
  subCategories: z.array(z.string().min(1)).nullish(),
  ageRange: z.object({ minimum: z.number().int(), maximum: z.number().int() }),
  areasOfNeed: z.array(values(areaOfNeedValues)).nullish(),
  languages: z.array(z.string()).nullish(),
  access: z.object({
    routes: z.array(values(accessRoutes.map((r) => r.value))),
    ehcPlanRequired: z.boolean().nullish(),
    referralRequired: z.boolean().nullish(),
    howToAccess: localized(z.string()),
    referralUrl: optionalText,
    onlineLinkPurpose: values(onlineLinkPurposes.map((p) => p.value)).nullish(),
  }),
  eligibility: localized(z.string()),
  howToComplain: localized(z.string()),
  cost: z.object({ type: values(costTypes.map((c) => c.value)), detail: localized(z.string()) }),
  contacts: z.array(
    z.object({
      name: optionalText,
      role: localized(z.string()),
      phone: optionalText,
      email: optionalText,
    }),
  ),
  website: optionalText,
  locations: z
    .array(
      z.object({
        name: localized(z.string()),
        addressLine1: z.string(),
        addressLine2: optionalText,
        town: z.string(),
        postcode: z.string(),
        // A `localities` key, or "out-of-area": derived from the postcode by the CMS.
        locality: z.string().min(1),
        latitude: z.number().min(-90).max(90).nullish(),
        longitude: z.number().min(-180).max(180).nullish(),
        // Keys of the CMS's venue accessibility features.
        venueFeatures: z.array(z.string().min(1)).nullish(),
        accessibility: localized(z.string()),
      }),
    )
    .nullish(),
  openingTimes: z
    .array(
      z.object({
        days: z.array(values(weekdays.map((d) => d.value))),
        opens: z.string(),
        closes: z.string(),
        note: localized(z.string()),
      }),
    )
    .nullish(),
  senInformationReportUrl: optionalText,
  educationOffer: z.record(z.string(), localized(z.string())).nullish(),
  organisation: rawOrganisationSchema,
  lastReviewed: z.string(),
  reviewStatus: values(reviewStatuses.map((r) => r.value)).nullish(),
  temporaryClosure: z
    .object({
      closed: z.boolean().nullish(),
      reopens: z.string().nullish(),
      note: localized(z.string()),
    })
    .nullish(),
  // When each language's text last changed (issue 15 item 6); absent from older CMSs.
  textChangedAt: localized(z.string()),
  updatedAt: z.string(),
})

export const rawPageSchema = z.object({
  id,
  slug: z.string().min(1),
  title: localized(z.string()),
  summary: localized(z.string()),
  content: localized(rawLexical),
  relatedCategories: z.array(values(categoryValues)).nullish(),
  // depth 0: ids of the listings an officer chose (withdrawn ones are dropped by the page).
  relatedServices: z.array(id).nullish(),
  // depth 0: ids of the pages chosen for "See also" (unpublished ones are dropped by the page).
  relatedPages: z.array(id).nullish(),
  keyJourney: z.boolean().nullish(),
  lastReviewed: optionalText,
  textChangedAt: localized(z.string()),
  updatedAt: z.string(),
})

export const rawGlossaryTermSchema = z.object({
  id,
  slug: z.string().min(1),
  term: localized(z.string()),
  definition: localized(z.string()),
  aliases: z.array(z.object({ alias: localized(z.string()) })).nullish(),
})

export const rawFeedbackReportSchema = z.object({
  id,
  year: z.string().regex(/^\d{4}-\d{2}$/),
  title: localized(z.string()),
  introduction: localized(z.string()),
  commentsReceived: z.number().int().nonnegative().nullish(),
  themes: z
    .array(
      z.object({
        id: z.string(),
        title: localized(z.string()),
        topic: z.string().nullish(),
        whatPeopleSaid: localized(z.string()),
        response: localized(z.string()),
        action: localized(z.string()),
        status: values(themeStatuses.map((s) => s.value)),
        commentCount: z.number().int().nonnegative().nullish(),
        quotes: z.array(z.object({ text: z.string() })).nullish(),
      }),
    )
    .nullish(),
  /** Counts frozen in the report (checked against shared's gapCountsSchema by mapFeedbackReport). */
  localOfferCounts: z
    .array(
      z.object({
        id: z.string(),
        note: localized(z.string()),
        takenAt: z.string().nullish(),
        counts: z.unknown(),
      }),
    )
    .nullish(),
  updatedAt: z.string(),
})

/**
 * The Comment retention global: how long what a commenter wrote is kept (the privacy notice
 * states it). Payload fills in the defaults when the global was never saved; the same bounds as
 * the CMS's own validation (whole months, 1 to 120).
 */
const retentionMonths = z.number().int().min(1).max(120)
export const rawCommentRetentionSchema = z.object({
  monthsAfterReport: retentionMonths,
  monthsWithoutReport: retentionMonths,
})

export type RawFeedbackReport = z.infer<typeof rawFeedbackReportSchema>
export type RawCommentRetention = z.infer<typeof rawCommentRetentionSchema>
export type RawMedia = z.infer<typeof rawMediaSchema>
export type RawOrganisation = z.infer<typeof rawOrganisationSchema>
export type RawService = z.infer<typeof rawServiceSchema>
export type RawPage = z.infer<typeof rawPageSchema>
export type RawGlossaryTerm = z.infer<typeof rawGlossaryTermSchema>
export type RawLocalized<T> =
  Partial<Record<(typeof localeCodes)[number], T | null>> | null | undefined

/** A postcode centroid (the CMS's postcodes collection), for the site's near-me postcode files. */
export const rawPostcodeSchema = z.object({
  id: z.union([z.string(), z.number()]),
  postcode: z.string(),
  district: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})
export type RawPostcode = z.infer<typeof rawPostcodeSchema>

/** A locality (the CMS's localities collection): its key and its name in each language. */
export const rawLocalitySchema = z.object({
  id,
  slug: z.string().min(1),
  name: localized(z.string()),
})
export type RawLocality = z.infer<typeof rawLocalitySchema>

/**
 * A term of one of the vocabularies officers manage (the CMS's sub-categories, venue
 * accessibility features and languages): its key, its label in each language and its order.
 */
const rawTermFields = {
  id,
  key: z.string().min(1),
  label: localized(z.string()),
  order: z.number().nullish(),
}
export const rawSubCategorySchema = z.object({
  ...rawTermFields,
  category: values(categoryValues),
  esdServiceTypes: z.array(z.string()).nullish(),
})
export type RawSubCategory = z.infer<typeof rawSubCategorySchema>
export const rawVenueFeatureSchema = z.object(rawTermFields)
export type RawVenueFeature = z.infer<typeof rawVenueFeatureSchema>
export const rawServiceLanguageSchema = z.object({ ...rawTermFields, code: z.string().min(1) })
export type RawServiceLanguage = z.infer<typeof rawServiceLanguageSchema>
