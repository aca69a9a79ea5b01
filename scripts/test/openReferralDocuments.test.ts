/**
 * Every file the Open Referral UK feed is made of validates against the official UK profile
 * JSON Schemas (ajv, test/fixtures/openreferral-uk): the root document, each endpoint's pages
 * and each record by id. The demo content's feed is checked the same way by the round-trip
 * integration test and, as built, by tests/e2e/openReferral.spec.ts.
 */
import {
  buildOpenReferralFeed,
  feedFiles,
  toOpenReferralService,
} from '@local-offer/shared/openReferral'
import { describe, expect, it } from 'vitest'

import { toCmsData } from '@local-offer/cms/openReferralImport/toCmsData'
import { feedListings, feedVocabularies, withStarterVocabularies } from './support/feedListings'
import { ukProfileValidator } from './support/ukProfile'

const validator = ukProfileValidator()

describe('the feed against the official Open Referral UK schemas', () => {
  const files = feedFiles(buildOpenReferralFeed(feedListings(120), feedVocabularies))

  it('publishes every endpoint, paged and by id', () => {
    const paths = [...files.keys()]
    for (const endpoint of [
      'services',
      'service_at_locations',
      'organizations',
      'taxonomies',
      'taxonomy_terms',
    ]) {
      expect(paths, endpoint).toContain(`openreferral/${endpoint}/page/1.json`)
    }
    expect(paths.filter((file) => /^openreferral\/services\/page\//.test(file))).toHaveLength(3)
    expect(
      paths.filter((file) => /^openreferral\/organizations\/[0-9a-f-]{36}/.test(file)),
    ).toHaveLength(4)
  })

  it('has no document the schemas refuse', () => {
    const problems = [...files].flatMap(([file, body]) => validator.file(file, body))
    expect(problems).toEqual([])
    expect(files.size).toBeGreaterThan(120)
  })

  it('refuses what the official schemas refuse (the check can fail)', () => {
    const service = toOpenReferralService(feedListings(1)[0]!, feedVocabularies)
    const location = service.service_at_locations![0]!.location
    const broken = {
      ...service,
      attributes: service.attributes!.map(({ taxonomy_term, ...attribute }) => ({
        ...attribute,
        taxonomy_term: { ...taxonomy_term, description: undefined },
      })),
      service_at_locations: [
        {
          ...service.service_at_locations![0]!,
          location: {
            ...location,
            location_type: undefined,
            addresses: location.addresses!.map(({ state_province: _, ...address }) => address),
          },
        },
      ],
    }
    const problems = validator.document('services', JSON.parse(JSON.stringify(broken)))
    expect(problems.join('\n')).toContain("must have required property 'description'")
    expect(problems.join('\n')).toContain("must have required property 'location_type'")
    expect(problems.join('\n')).toContain("must have required property 'state_province'")
  })
})

describe('an organisation without a description', () => {
  const listing = feedListings(4)[3]!
  const service = toOpenReferralService(listing, feedVocabularies)

  it('is described by its kind, as the schema requires a description', () => {
    expect(listing.organisation.description).toBeUndefined()
    expect(service.organization.description).toBe('Provider 3: Charity or voluntary organisation.')
  })

  it('is imported back without that description', () => {
    const result = withStarterVocabularies(() => toCmsData(service))
    expect(result.ok && result.organisation.description).toBeNull()
    const described = withStarterVocabularies(() =>
      toCmsData(toOpenReferralService(feedListings(1)[0]!, feedVocabularies)),
    )
    expect(described.ok && described.organisation.description).toBe('A provider of therapy.')
  })
})
