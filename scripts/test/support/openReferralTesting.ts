/** What the browser tests use to check the built Open Referral feed (`@local-offer/scripts/testing`). */
export { UK_PROFILE_ENDPOINTS, ukProfileValidator, type UkProfileEndpoint } from './ukProfile'
export { pagesToRead, walkFeed, type WalkedAnswer } from './walkFeed'
