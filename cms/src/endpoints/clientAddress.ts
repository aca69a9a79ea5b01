import { isIPv6 } from 'node:net'

/**
 * The address a request came from, for rate limiting.
 *
 * With `trustedProxyHops` = N > 0 (TRUSTED_PROXY), N proxies in front of the CMS each append the
 * address they saw to X-Forwarded-For, so the client is the Nth entry from the right; entries
 * further left were written by the client and are ignored.
 *
 * With 0, no proxy is trusted. A Next.js route handler cannot see the socket, so
 * src/instrumentation.ts makes the Node server overwrite X-Forwarded-For with the connection's own
 * address on every request (see src/server/socketAddress.ts), whatever the client sent; the
 * right-most (only) entry is then the socket's address.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const hops = Math.max(trustedProxyHops, 1)
  const address = forwarded[Math.max(forwarded.length - hops, 0)]
  return address ? rateLimitKey(address) : 'unknown'
}

/**
 * The key one client is counted under: an IPv4 address as it is ("::ffff:" removed), an IPv6
 * address by its /64 network, since one household or phone is given a whole /64 to pick from.
 */
export function rateLimitKey(address: string): string {
  const bare = address.replace(/^\[|\](?::\d+)?$/g, '').replace(/^::ffff:(?=\d+\.)/i, '')
  if (!isIPv6(bare)) return bare.replace(/:\d+$/, '')
  const [head = '', tail = ''] = bare.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = Array<string>(Math.max(8 - left.length - right.length, 0)).fill('0')
  const groups = bare.includes('::') ? [...left, ...missing, ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
