import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import {
  buildConfig,
  type CollectionConfig,
  type EmailAdapter,
  type SanitizedConfig,
} from 'payload'
import sharp from 'sharp'

import { createComments } from './collections/Comments'
import { FeedbackReports } from './collections/FeedbackReports'
import { AuditLog } from './collections/AuditLog'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Media, MAX_UPLOAD_BYTES } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { SchoolNames } from './collections/SchoolNames'
import { Postcodes } from './collections/Postcodes'
import { Localities } from './collections/Localities'
import { ServiceLanguages } from './collections/ServiceLanguages'
import { SubCategories } from './collections/SubCategories'
import { VenueFeatures } from './collections/VenueFeatures'
import { ListingNotes } from './collections/ListingNotes'
import { Services } from './collections/Services'
import { Users } from './collections/Users'
import {
  allowedOriginsFromEnv,
  explainUntrustedOrigin,
  trustedOrigins,
} from './config/allowedOrigins'
import { feedbackSettingsFromEnv, type FeedbackSettings } from './config/feedbackSettings'
import { staffNavLinkEntry } from './components/staffNavLinkEntry'
import { exportCommentsEndpoint } from './endpoints/exportComments'
import { createSubmissionRateLimiter, rateLimitStoreFor } from './endpoints/rateLimiter'
import { submitCommentEndpoint } from './endpoints/submitComment'
import { keepRefusalMessages } from './hooks/keepRefusalMessages'
import { dataDirFromEnv, databaseUrlFromEnv, secretFromEnv } from './config/environment'
import { adminTranslations } from './config/adminTranslations'
import { localization } from './config/localization'
import {
  objectStorageFromEnv,
  objectStoragePlugin,
  type ObjectStorageSettings,
} from './config/mediaStorage'
import { oversizedUploadMessage } from './collections/Media/hooks/refuseOversizedUploads'
import { applyMigrations, databaseAdapterFor } from './db/databaseAdapter'
import { refreshPlannerStatistics } from './db/plannerStatistics'
import { emailAdapterFromEnv } from './email/emailAdapter'
import { CouncilSettings } from './globals/CouncilSettings'
import { ReviewSettings } from './globals/ReviewSettings'
import { jobsConfig } from './jobs'
import { moderationStrings } from './moderation/strings'
import { commentPersonalDataPlugin } from './plugins/commentPersonalData'
import { listingSpreadsheetsPlugin } from './plugins/listingSpreadsheets'
import { importSortingPlugin } from './plugins/importSorting'
import {
  singleSignOnFromEnv,
  staffSingleSignOnPlugin,
  type SingleSignOnSettings,
} from './plugins/staffSingleSignOn'
import { localOfferGapsPlugin } from './plugins/localOfferGaps'
import { translationStatusPlugin } from './plugins/translationStatus'
import { openReferralApiPlugin } from './plugins/openReferralApi'
import { problemReportsPlugin } from './plugins/problemReports'
import { accountRequestsPlugin } from './plugins/accountRequests'
import { providerInvitationsPlugin } from './plugins/providerInvitations'
import { reviewRemindersPlugin } from './plugins/reviewReminders'
import { setupChecklistPlugin } from './plugins/setupChecklist'
import { sitePublishingPlugin, type SitePublishingSettings } from './plugins/sitePublishing'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export interface LocalOfferConfigOptions {
  /** Where the data lives: a file:, postgres:// or mongodb:// URL. */
  databaseUrl: string
  secret: string
  serverURL?: string
  /**
   * Addresses besides `serverURL` the admin may be used from with a sign-in (a council's proxy):
   * CMS_ALLOWED_ORIGINS. See config/allowedOrigins.
   */
  allowedOrigins?: string[]
  /** Where uploaded images are stored on disk (default: cms/media). */
  mediaDir?: string
  /** An S3-compatible bucket for uploaded images instead of the disk (default: none). */
  objectStorage?: ObjectStorageSettings
  /** The public comment form: site address, trusted proxies, rate limit (defaults: from the environment). */
  feedback?: Partial<FeedbackSettings>
  /** How email is sent (default: Payload's console logger, which sends nothing). */
  email?: EmailAdapter | Promise<EmailAdapter>
  /**
   * Redis for counts every instance shares (comment rate limits): REDIS_URL. Without it a
   * PostgreSQL database keeps them; SQLite keeps them in memory (see rateLimitStoreFor).
   */
  redisUrl?: string
  /**
   * Put before the rate limits' keys (RATE_LIMIT_KEY_PREFIX), so several Local Offers (or test
   * runs) can share one Redis without counting each other's comments.
   */
  rateLimitKeyPrefix?: string
  /** Run the daily review job in this process (the server does; tests run it themselves). */
  runScheduledJobs?: boolean
  /** How the public site is rebuilt after publishing (default: from the environment). */
  sitePublishing?: Partial<SitePublishingSettings>
  /** Staff sign-in with the council's OpenID Connect provider (default: none; OIDC_* settings). */
  singleSignOn?: SingleSignOnSettings
}

function withMediaDir(
  collection: CollectionConfig,
  mediaDir: string | undefined,
): CollectionConfig {
  if (!mediaDir || typeof collection.upload !== 'object') return collection
  return { ...collection, upload: { ...collection.upload, staticDir: mediaDir } }
}

/** The whole CMS configuration for one database; tests build one per throwaway database. */
export async function createLocalOfferConfig(
  options: LocalOfferConfigOptions,
): Promise<SanitizedConfig> {
  const feedback = { ...feedbackSettingsFromEnv({}), ...options.feedback }
  // RATE_LIMIT_KEY_PREFIX keeps several Local Offers (or test runs) apart on one Redis.
  const instancePrefix = options.rateLimitKeyPrefix?.trim()
  const limiterKey = (name: string) => (instancePrefix ? `${instancePrefix}:${name}` : name)
  // One limiter per configuration, so one per running CMS process (and per test database).
  const rateLimiter = createSubmissionRateLimiter({
    points: feedback.rateLimitPoints,
    windowSeconds: feedback.rateLimitWindowSeconds,
    store: rateLimitStoreFor({ redisUrl: options.redisUrl, databaseUrl: options.databaseUrl }),
    keyPrefix: limiterKey('comments'),
  })
  // Searches that found nothing: far more than one person searches in a minute, far fewer than a
  // script filling the table would send.
  const searchMissLimiter = createSubmissionRateLimiter({
    points: 30,
    windowSeconds: 60,
    keyPrefix: limiterKey('search-misses'),
    store: rateLimitStoreFor({ redisUrl: options.redisUrl, databaseUrl: options.databaseUrl }),
  })
  // Reports of a problem with a listing are limited like comments, counted on their own.
  const reportRateLimiter = createSubmissionRateLimiter({
    points: feedback.rateLimitPoints,
    windowSeconds: feedback.rateLimitWindowSeconds,
    store: rateLimitStoreFor({ redisUrl: options.redisUrl, databaseUrl: options.databaseUrl }),
    keyPrefix: limiterKey('problem-reports'),
  })
  // Organisations asking for an account: the comment form's limit, counted on their own.
  const accountRequestLimiter = createSubmissionRateLimiter({
    points: feedback.rateLimitPoints,
    windowSeconds: feedback.rateLimitWindowSeconds,
    store: rateLimitStoreFor({ redisUrl: options.redisUrl, databaseUrl: options.databaseUrl }),
    keyPrefix: limiterKey('account-requests'),
  })
  const Comments = createComments([
    submitCommentEndpoint(feedback, rateLimiter),
    exportCommentsEndpoint,
  ])
  return buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname) },
      meta: { titleSuffix: ' · Local Offer' },
      // No Gravatar: the admin makes no requests to third parties about who is signed in.
      avatar: 'default',
      dateFormat: 'd MMMM yyyy, HH:mm',
      components: {
        // A provider's to-do list (the officers' panels come from their plugins and hide for providers).
        beforeDashboard: ['/providerDashboard/components/ProviderDashboard#ProviderDashboard'],
        afterNavLinks: [
          staffNavLinkEntry({ path: '/moderation', label: moderationStrings.navLink }),
        ],
        views: {
          moderation: {
            Component: '/views/ModerationQueue#ModerationQueue',
            path: '/moderation',
            meta: { title: 'Moderation queue' },
          },
        },
      },
    },
    collections: [
      Services,
      Organisations,
      Pages,
      GlossaryTerms,
      Localities,
      SubCategories,
      VenueFeatures,
      ServiceLanguages,
      withMediaDir(Media, options.mediaDir),
      Users,
      Comments,
      FeedbackReports,
      AuditLog,
      SchoolNames,
      ListingNotes,
      Postcodes,
    ],
    globals: [CouncilSettings, ReviewSettings],
    // Each feature that is more than a collection is a plugin (src/plugins). The order keeps what
    // was there before they were plugins: Review reminders then Site builds in the admin, and site
    // publishing before object storage, so the rebuild hooks on media run before its file hooks.
    plugins: [
      reviewRemindersPlugin({ runOnSchedule: options.runScheduledJobs ?? false }),
      sitePublishingPlugin({
        collections: {
          services: { what: 'Listing', titleField: 'name' },
          pages: { what: 'Page', titleField: 'title' },
          'feedback-reports': { what: '“You said, we did” report', titleField: 'year' },
          'glossary-terms': { what: 'Glossary term', titleField: 'term', newDocumentsShow: true },
          // The search page's Area filter and each venue's area name.
          localities: { what: 'Locality', titleField: 'name', newDocumentsShow: true },
          // The search page's filters, the listing pages' labels and the Open Referral feed.
          'sub-categories': { what: 'Sub-category', titleField: 'label', newDocumentsShow: true },
          'venue-features': {
            what: 'Venue accessibility feature',
            titleField: 'label',
            newDocumentsShow: true,
          },
          'service-languages': { what: 'Language', titleField: 'label', newDocumentsShow: true },
          // A new image or organisation appears only once a published listing uses it.
          organisations: { what: 'Organisation', titleField: 'name', newDocumentsShow: false },
          media: { what: 'Image', titleField: 'alt', newDocumentsShow: false },
        },
        // The council's name, look and contact details are on every page.
        globals: { 'council-settings': { what: 'Council settings' } },
        settings: options.sitePublishing,
      }),
      objectStoragePlugin(options.objectStorage),
      commentPersonalDataPlugin({ runOnSchedule: options.runScheduledJobs ?? false }),
      openReferralApiPlugin(),
      problemReportsPlugin({ feedback, limiter: reportRateLimiter }),
      providerInvitationsPlugin(),
      accountRequestsPlugin({ feedback, limiter: accountRequestLimiter }),
      staffSingleSignOnPlugin(options.singleSignOn),
      listingSpreadsheetsPlugin(),
      importSortingPlugin(),
      localOfferGapsPlugin({
        runOnSchedule: options.runScheduledJobs ?? false,
        rateLimiter: searchMissLimiter,
        trustedProxyHops: feedback.trustedProxyHops,
      }),
      translationStatusPlugin(),
      // Last, so that it puts its panel first on the dashboard, above every other.
      setupChecklistPlugin(),
    ],
    // E-mails about a listing link to its page on the public site (email/listingLinks).
    custom: { siteUrl: feedback.siteUrl },
    email: options.email,
    jobs: jobsConfig({ runOnSchedule: options.runScheduledJobs ?? false }),
    // The site may send the comment form as JSON from the browser.
    cors: [new URL(feedback.siteUrl).origin],
    // A signed-in request counts only from these addresses; a refusal because of it says so.
    csrf: trustedOrigins(options.serverURL, options.allowedOrigins),
    hooks: { afterError: [explainUntrustedOrigin, keepRefusalMessages] },
    db: await databaseAdapterFor(options.databaseUrl),
    editor: lexicalEditor(),
    localization,
    i18n: { translations: adminTranslations },
    secret: options.secret,
    serverURL: options.serverURL,
    sharp,
    upload: {
      limits: { fileSize: MAX_UPLOAD_BYTES },
      responseOnLimit: oversizedUploadMessage(MAX_UPLOAD_BYTES),
    },
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
      // Payload would otherwise start a second Node process to regenerate the types each time any
      // process outside production reads this config (every loader, seed, importer and publish
      // run), taking a core for seconds on a 2-core machine. The types are committed and made by
      // `pnpm --filter @local-offer/cms generate:types`.
      autoGenerate: false,
    },
    graphQL: { disable: true },
    telemetry: false,
    onInit: async (payload) => {
      await applyMigrations(payload, options.databaseUrl)
      await refreshPlannerStatistics(payload)
    },
  })
}

export default createLocalOfferConfig({
  databaseUrl: databaseUrlFromEnv(),
  secret: secretFromEnv(),
  serverURL: process.env.CMS_PUBLIC_URL,
  allowedOrigins: allowedOriginsFromEnv(),
  mediaDir: process.env.MEDIA_DIR,
  objectStorage: objectStorageFromEnv(),
  feedback: feedbackSettingsFromEnv(),
  email: emailAdapterFromEnv(dataDirFromEnv()),
  runScheduledJobs: process.env.JOBS_AUTORUN !== 'false',
  redisUrl: process.env.REDIS_URL,
  singleSignOn: singleSignOnFromEnv(process.env, process.env.CMS_PUBLIC_URL),
  rateLimitKeyPrefix: process.env.RATE_LIMIT_KEY_PREFIX,
})
