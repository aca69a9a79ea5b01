import { describe, expect, it } from 'vitest'

import { sitePublishingSettingsFromEnv } from '../../src/plugins/sitePublishing/settings'

describe('site publishing settings', () => {
  it('default to a 30 s debounce, a 5 min maximum wait and the workspace command, running', () => {
    const settings = sitePublishingSettingsFromEnv({ PORT: '4402' })
    expect(settings).toMatchObject({
      debounceSeconds: 30,
      maxWaitSeconds: 300,
      autoRun: true,
      timeoutMinutes: 30,
      cmsUrl: 'http://127.0.0.1:4402',
      retryMinutes: [2, 10, 30],
    })
    expect(settings.command).toMatch(/scripts\/bin\/publish-site\.mjs"$/)
  })

  it('read the environment, and never wait less long at most than after each change', () => {
    expect(
      sitePublishingSettingsFromEnv({
        SITE_REBUILD_DEBOUNCE_SECONDS: '600',
        SITE_REBUILD_MAX_WAIT_SECONDS: '60',
        SITE_REBUILD_AUTORUN: 'false',
        SITE_PUBLISH_COMMAND: 'deploy-site',
        CMS_URL: 'http://cms.internal:3000',
      }),
    ).toMatchObject({
      debounceSeconds: 600,
      maxWaitSeconds: 600,
      autoRun: false,
      command: 'deploy-site',
      cmsUrl: 'http://cms.internal:3000',
    })
  })

  it('refuse a setting that is not a whole number, saying which', () => {
    expect(() => sitePublishingSettingsFromEnv({ SITE_REBUILD_DEBOUNCE_SECONDS: 'soon' })).toThrow(
      'SITE_REBUILD_DEBOUNCE_SECONDS must be a whole number of 0 or more, not "soon"',
    )
  })

  it('read the automatic retries as minutes in order, or none', () => {
    expect(
      sitePublishingSettingsFromEnv({ SITE_BUILD_RETRY_MINUTES: ' 1, 5 ,60' }).retryMinutes,
    ).toEqual([1, 5, 60])
    expect(
      sitePublishingSettingsFromEnv({ SITE_BUILD_RETRY_MINUTES: 'None' }).retryMinutes,
    ).toEqual([])
    for (const wrong of ['0', '2,,10', 'soon', '1.5'])
      expect(() => sitePublishingSettingsFromEnv({ SITE_BUILD_RETRY_MINUTES: wrong })).toThrow(
        `SITE_BUILD_RETRY_MINUTES must be whole numbers of minutes of 1 or more, separated by commas (such as "2,10,30"), or "none", not "${wrong}"`,
      )
  })
})
