import { defineConfig } from '@playwright/test'

import { e2ePorts } from './support/ports'

/**
 * End-to-end tests against the built public site, served on 127.0.0.1 like a static host, and
 * the CMS it was built from (seeded with the demo Local Offer in a throwaway SQLite database).
 * Browsers cannot be downloaded here: Debian's Chromium is used (CHROMIUM_PATH to change it).
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './support/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${e2ePorts.site}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
})
