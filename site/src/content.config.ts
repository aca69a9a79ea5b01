import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import type {
  SiteCommentRetention,
  SiteCouncilSettings,
  SiteFeedbackReport,
  SiteGlossaryTerm,
  SiteLocality,
  SitePage,
  SitePostcode,
  SiteService,
} from './lib/model'
import { mapCouncilSettings, rawCouncilSettingsSchema } from './loader/councilSettings'
import { payloadGlobalLoader } from './loader/globalLoader'
import {
  mapCommentRetention,
  mapFeedbackReport,
  mapGlossaryTerm,
  mapLocality,
  mapServiceLanguage,
  mapSubCategory,
  mapVenueFeature,
  mapPage,
  mapPostcode,
  mapService,
} from './loader/mapContent'
import { payloadLoader } from './loader/payloadLoader'
import {
  rawCommentRetentionSchema,
  rawFeedbackReportSchema,
  rawGlossaryTermSchema,
  rawLocalitySchema,
  rawServiceLanguageSchema,
  rawSubCategorySchema,
  rawVenueFeatureSchema,
  rawPageSchema,
  rawPostcodeSchema,
  rawServiceSchema,
} from './loader/rawSchemas'

/*
 * Entries are checked at the CMS boundary (rawSchemas) and typed by the mapping, so the
 * collection schemas only carry the mapped types through to the pages.
 */
const services = defineCollection({
  loader: payloadLoader({
    collection: 'services',
    publishedOnly: true,
    depth: 2,
    schema: rawServiceSchema,
    map: mapService,
    // Withdrawn listings are unpublished by the CMS; never show one that slips through.
    keep: (raw) => raw.reviewStatus !== 'withdrawn',
    requireSome: true,
    // Each listing's organisation and the images of both are populated into it (depth 2).
    reuseUnchanged: { dependsOn: ['organisations', 'media'] },
  }),
  schema: z.custom<SiteService>(),
})

const pages = defineCollection({
  loader: payloadLoader({
    collection: 'pages',
    publishedOnly: true,
    depth: 0,
    schema: rawPageSchema,
    map: mapPage,
    requireSome: true,
  }),
  schema: z.custom<SitePage>(),
})

const glossary = defineCollection({
  loader: payloadLoader({
    collection: 'glossary-terms',
    publishedOnly: false,
    depth: 0,
    schema: rawGlossaryTermSchema,
    map: mapGlossaryTerm,
    requireSome: false,
  }),
  schema: z.custom<SiteGlossaryTerm>(),
})

const feedbackReports = defineCollection({
  loader: payloadLoader({
    collection: 'feedback-reports',
    publishedOnly: true,
    depth: 0,
    schema: rawFeedbackReportSchema,
    map: mapFeedbackReport,
    requireSome: false,
  }),
  schema: z.custom<SiteFeedbackReport>(),
})

/** The Comment retention global: the periods the comment form's privacy notice states. */
const commentRetention = defineCollection({
  loader: payloadGlobalLoader({
    global: 'comment-retention',
    schema: rawCommentRetentionSchema,
    map: mapCommentRetention,
  }),
  schema: z.custom<SiteCommentRetention>(),
})

/**
 * The Council settings global: the council's name, look and contact details on every page. The
 * build stops, naming each missing setting, when the council has not filled them in.
 */
const councilSettings = defineCollection({
  loader: payloadGlobalLoader({
    global: 'council-settings',
    schema: rawCouncilSettingsSchema,
    map: mapCouncilSettings,
    query: { depth: 1, locale: 'all' },
  }),
  schema: z.custom<SiteCouncilSettings>(),
})

/** Postcode centroids for near-me search: published as one small JSON file per district. */
const postcodes = defineCollection({
  loader: payloadLoader({
    collection: 'postcodes',
    publishedOnly: false,
    depth: 0,
    schema: rawPostcodeSchema,
    map: mapPostcode,
    requireSome: false,
  }),
  schema: z.custom<SitePostcode>(),
})

/** The council's localities: the search page's "Area" filter and each venue's area. */
const localities = defineCollection({
  loader: payloadLoader({
    collection: 'localities',
    publishedOnly: false,
    depth: 0,
    schema: rawLocalitySchema,
    map: mapLocality,
    requireSome: false,
  }),
  schema: z.custom<SiteLocality>(),
})

/**
 * The vocabularies officers manage (issue 12 item 2): the sub-categories under each category,
 * venue accessibility features and languages, with their labels in every language, for the
 * pages, the search filters and the Open Referral feed.
 */
const vocabulary = <Raw, Entry extends { id: string }>(
  collection: string,
  schema: z.ZodType<Raw>,
  map: (raw: Raw) => Entry,
) =>
  defineCollection({
    loader: payloadLoader({
      collection,
      publishedOnly: false,
      depth: 0,
      schema,
      map,
      requireSome: false,
    }),
    schema: z.custom<Entry>(),
  })

const subCategories = vocabulary('sub-categories', rawSubCategorySchema, mapSubCategory)
const venueFeatures = vocabulary('venue-features', rawVenueFeatureSchema, mapVenueFeature)
const serviceLanguages = vocabulary(
  'service-languages',
  rawServiceLanguageSchema,
  mapServiceLanguage,
)

export const collections = {
  services,
  pages,
  glossary,
  feedbackReports,
  commentRetention,
  councilSettings,
  postcodes,
  localities,
  subCategories,
  venueFeatures,
  serviceLanguages,
}
