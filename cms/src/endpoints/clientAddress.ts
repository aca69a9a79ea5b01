import { isIPv6 } from 'node:net'

/**
 * The address a request came from, for rate limiting.
 *
 * With `trustedProxyHops` = N > 0 (TRUSTED_PROXY), N proxies in front of the CMS each append the
 * address they saw to X-Forwarded-For, so the client is the Nth entry from the right; entries
 * further left were written by the client and are ignored.
 *
 * With 0, no proxy is trusted. A Next.js route handler cannot see the socket: `next start` puts
 * the socket's address in X-Forwarded-For itself, but only when the request did not bring one.
 * So the right-most entry is used, which is the socket address for every client that sends no
 * such header. A client talking to `next start` directly could pick its own bucket by sending the
 * header, so production deployments should sit behind a proxy that overwrites it and set
 * TRUSTED_PROXY (see the README).
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
