export {
  publishSite,
  rollBackSite,
  type PublishOptions,
  type PublishResult,
} from './publishSite.js'
export { defaultReleasesDir, publishSettingsFromEnv, type PublishSettings } from './settings.js'
export { LIVE, PREVIOUS, linkTarget, listReleases } from './releases.js'
export { verifyRelease, VerificationError, type VerifyReport } from './verifyRelease.js'
