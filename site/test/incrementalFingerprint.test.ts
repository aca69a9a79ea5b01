import { describe, expect, it } from 'vitest'

import { astroAssetsIn } from '../src/incremental/pageAssets'
import { fingerprintOf, propsFingerprint } from '../src/incremental/fingerprint'

describe("a listing page's inputs", () => {
  const service = { id: '1', name: { en: 'Speech and language therapy' }, slug: 'salt' }

  it('are the same for the same listing and language, whichever object carries them', () => {
    expect(propsFingerprint({ service, locale: 'pl' })).toBe(
      propsFingerprint({ locale: 'pl', service: structuredClone(service) }),
    )
  })

  it('differ with the language or any change to the listing', () => {
    const english = propsFingerprint({ service, locale: 'en' })
    expect(propsFingerprint({ service, locale: 'ar' })).not.toBe(english)
    expect(
      propsFingerprint({ service: { ...service, name: { en: 'Speech therapy' } }, locale: 'en' }),
    ).not.toBe(english)
  })

  it('are stable between builds (a fingerprint of the JSON)', () => {
    expect(fingerprintOf({ a: 1 })).toBe(fingerprintOf({ a: 1 }))
    expect(fingerprintOf({ a: 1 })).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('the built files a page uses', () => {
  it('are the /_astro/ addresses in its attributes, each once, images in srcset included', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/BaseLayout.X.css"><picture><source srcset="/_astro/logo.A.avif 1x, /_astro/logo.B.avif 2x"><img src="/_astro/logo.C.webp" alt=""></picture><script src="/_astro/BaseLayout.X.css"></script>'
    expect(astroAssetsIn(html)).toEqual([
      '/_astro/BaseLayout.X.css',
      '/_astro/logo.A.avif',
      '/_astro/logo.B.avif',
      '/_astro/logo.C.webp',
    ])
  })
})
