/**
 * The security headers the CMS sends with every response (admin pages and the API), applied by
 * Next's `headers()` in next.config.ts and checked by test/unit/securityHeaders.test.ts.
 *
 * Content-Security-Policy, directive by directive:
 * - script-src 'self' 'unsafe-inline': Next's App Router writes its flight data and bootstrap as
 *   inline <script> elements. Nonces would need every admin page rendered dynamically with a
 *   nonce threaded through Payload's admin layout, which Payload 3 does not offer; hashes change
 *   with every page. Scripts from other origins, eval() (no 'unsafe-eval') and plugins
 *   (object-src 'none') stay refused, and the admin shows no user-written HTML: rich text is
 *   Lexical JSON and comments are text.
 * - style-src 'self' 'unsafe-inline': Payload's admin and its editor set inline styles.
 * - img-src 'self' data: blob:: uploaded images are served by the CMS itself; previews are blobs.
 * - frame-ancestors 'none' (with X-Frame-Options: DENY for older browsers): no clickjacking.
 * - form-action 'self': the admin's forms post only to the CMS.
 * Development (next dev) also needs 'unsafe-eval' for React's call stacks; it is added only there.
 */
export function cmsSecurityHeaders(
  options: { development?: boolean } = {},
): { key: string; value: string }[] {
  const scriptSrc = ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])]
  const csp = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ]
}
