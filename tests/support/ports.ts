/** Where the end-to-end run serves the site and the CMS (E2E_SITE_PORT / E2E_CMS_PORT / E2E_RELEASES_PORT to change). */
export const e2ePorts = {
  site: Number(process.env.E2E_SITE_PORT ?? 4391),
  cms: Number(process.env.E2E_CMS_PORT ?? 4392),
  /** Serves the releases the CMS publishes by itself (publishing.spec.ts). */
  releases: Number(process.env.E2E_RELEASES_PORT ?? 4393),
  /**
   * Serves the built site with the static host's security headers (securityHeaders.spec.ts), and
   * with nginx and the Open Referral host rules (openReferral.spec.ts): specs run one at a time
   * and each stops its server when done.
   */
  withHeaders: Number(process.env.E2E_HEADERS_PORT ?? 4394),
  /** Two CMS instances on one PostgreSQL (severalInstances.spec.ts): this port and the next. */
  instances: Number(process.env.E2E_INSTANCES_PORT ?? 4395),
}

export const cmsUrl = `http://127.0.0.1:${e2ePorts.cms}`
