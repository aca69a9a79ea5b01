import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config'
import { cmsSecurityHeaders } from '../../src/config/securityHeaders'

describe('the CMS’s security headers', () => {
  it('are sent on every path, admin and API', async () => {
    const rules = await nextConfig.headers!()
    const everything = rules.find((rule) => rule.source === '/:path*')
    expect(everything?.headers).toEqual(cmsSecurityHeaders())
  })

  it('refuse framing, sniffing and eval in production', () => {
    const byName = Object.fromEntries(cmsSecurityHeaders().map((h) => [h.key, h.value]))
    expect(byName['X-Content-Type-Options']).toBe('nosniff')
    expect(byName['X-Frame-Options']).toBe('DENY')
    expect(byName['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    const csp = byName['Content-Security-Policy']!
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(cmsSecurityHeaders({ development: true })[0]!.value).toContain("'unsafe-eval'")
  })
})
