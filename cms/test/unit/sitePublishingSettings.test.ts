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
})
