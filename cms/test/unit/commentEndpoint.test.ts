import { describe, expect, it } from 'vitest'

import { feedbackSettingsFromEnv, trustedProxyHopsFromEnv } from '../../src/config/feedbackSettings'
import { clientAddress, rateLimitKey } from '../../src/endpoints/clientAddress'
import { createSubmissionRateLimiter } from '../../src/endpoints/rateLimiter'
import {
  cleanText,
  readSubmission,
  submissionFormat,
  MAX_SUBMISSION_BYTES,
} from '../../src/endpoints/readSubmission'
import { errorUrl, thankYouUrl } from '../../src/endpoints/submitComment'

const headers = (init: Record<string, string>) => new Headers(init)

describe('the address a comment came from', () => {
  it('is the address next start put in X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '192.0.2.7' }), 0)).toBe('192.0.2.7')
    expect(clientAddress(headers({}), 0)).toBe('unknown')
  })

  it('is the entry the trusted proxies added, ignoring what the client wrote before it', () => {
    const forwarded = headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9, 192.0.2.7' })
    expect(clientAddress(forwarded, 1)).toBe('192.0.2.7')
    expect(clientAddress(forwarded, 2)).toBe('203.0.113.9')
    expect(clientAddress(forwarded, 9)).toBe('10.0.0.1')
  })

  it('counts IPv4-mapped addresses as IPv4 and IPv6 clients by their /64', () => {
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKey('[2001:db8:1:2::5]:443')).toBe('2001:db8:1:2::/64')
  })
})

describe('the rate limiter', () => {
  it('lets exactly the limit through a burst of concurrent attempts', async () => {
    const limiter = createSubmissionRateLimiter({ points: 5, windowSeconds: 600 })
    const decisions = await Promise.all(Array.from({ length: 200 }, () => limiter.attempt('a')))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
    const refused = decisions.find((d) => !d.allowed)
    expect(refused?.retryAfterSeconds).toBeGreaterThan(590)
    expect((await limiter.attempt('b')).allowed).toBe(true)
  })
})

describe('reading what the form sent', () => {
  const request = (type: string, body: string) => {
    const r = new Request('http://x/api/comments/submit', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    })
    return { headers: r.headers, body: r.body }
  }

  it('answers browsers with redirects and scripts with JSON', () => {
    expect(submissionFormat(headers({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(
      'form',
    )
    expect(submissionFormat(headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(
      'form',
    )
    expect(submissionFormat(headers({ 'content-type': 'application/json' }))).toBe('json')
    expect(submissionFormat(headers({ accept: 'text/html,*/*' }))).toBe('form')
    expect(submissionFormat(headers({}))).toBe('json')
  })

  it('reads url-encoded forms, keeping the first of repeated fields', async () => {
    const read = await readSubmission(
      request(
        'application/x-www-form-urlencoded; charset=UTF-8',
        'comment=Hello+there%21&comment=again&topic=transport',
      ),
    )
    expect(read).toEqual({ ok: true, fields: { comment: 'Hello there!', topic: 'transport' } })
  })

  it('reads JSON objects and refuses anything else', async () => {
    expect(await readSubmission(request('application/json', '{"comment":"Hi"}'))).toEqual({
      ok: true,
      fields: { comment: 'Hi' },
    })
    for (const body of ['[1,2]', 'null', '"text"', '{']) {
      expect(await readSubmission(request('application/json', body))).toEqual({
        ok: false,
        reason: 'unsupported-content',
      })
    }
    expect(await readSubmission(request('text/plain', 'Hi'))).toEqual({
      ok: false,
      reason: 'unsupported-content',
    })
  })

  it('stops reading a body that is too large', async () => {
    const read = await readSubmission(
      request('application/x-www-form-urlencoded', `comment=${'a'.repeat(MAX_SUBMISSION_BYTES)}`),
    )
    expect(read).toEqual({ ok: false, reason: 'too-large' })
  })

  it('removes control characters and Windows line endings, and nothing else', () => {
    expect(cleanText('a\u0000b\r\nc\rd\te <b>f</b>')).toBe('ab\nc\nd\te <b>f</b>')
  })
})

describe('the form’s settings and pages', () => {
  it('reads the environment with defaults', () => {
    expect(feedbackSettingsFromEnv({})).toEqual({
      siteUrl: 'http://localhost:4321',
      trustedProxyHops: 0,
      rateLimitPoints: 5,
      rateLimitWindowSeconds: 600,
    })
    expect(
      feedbackSettingsFromEnv({
        SITE_URL: 'https://localoffer.example.gov.uk/',
        TRUSTED_PROXY: '2',
        COMMENT_RATE_LIMIT: '10',
        COMMENT_RATE_LIMIT_WINDOW_SECONDS: '60',
      }),
    ).toEqual({
      siteUrl: 'https://localoffer.example.gov.uk',
      trustedProxyHops: 2,
      rateLimitPoints: 10,
      rateLimitWindowSeconds: 60,
    })
  })

  it.each([
    ['true', 1],
    ['false', 0],
    ['', 0],
    ['3', 3],
  ])('TRUSTED_PROXY=%s trusts %i proxies', (value, hops) => {
    expect(trustedProxyHopsFromEnv({ TRUSTED_PROXY: value })).toBe(hops)
  })

  it('refuses settings it cannot use, saying what to write', () => {
    expect(() => feedbackSettingsFromEnv({ SITE_URL: 'localoffer' })).toThrow(/https:\/\//)
    expect(() => feedbackSettingsFromEnv({ SITE_URL: 'ftp://x.example' })).toThrow(/https:\/\//)
    expect(() => feedbackSettingsFromEnv({ COMMENT_RATE_LIMIT: 'lots' })).toThrow(/whole number/)
    expect(() => feedbackSettingsFromEnv({ COMMENT_RATE_LIMIT: '0' })).toThrow(/at least 1/)
    expect(() => trustedProxyHopsFromEnv({ TRUSTED_PROXY: 'maybe' })).toThrow(/TRUSTED_PROXY/)
  })

  it('sends people to pages in their language on the site', () => {
    expect(thankYouUrl('https://lo.example', 'ar')).toBe(
      'https://lo.example/ar/feedback/thank-you/',
    )
    // English is at the site's root, as the site publishes it.
    expect(thankYouUrl('https://lo.example', 'en')).toBe('https://lo.example/feedback/thank-you/')
    expect(errorUrl('https://lo.example', 'en', ['rate-limited'])).toBe(
      'https://lo.example/feedback/error/?reason=rate-limited',
    )
    expect(errorUrl('https://lo.example', 'pl', ['comment-missing', 'topic-invalid'])).toBe(
      'https://lo.example/pl/feedback/error/?reason=comment-missing&reason=topic-invalid',
    )
  })
})
