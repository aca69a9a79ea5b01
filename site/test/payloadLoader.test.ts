import { describe, expect, it } from 'vitest'

import { CmsError } from '../src/loader/cmsClient'
import { checkDocuments, cmsUrlFromEnv } from '../src/loader/payloadLoader'
import { rawGlossaryTermSchema, rawServiceSchema } from '../src/loader/rawSchemas'
import { rawGlossaryTerm, rawService } from './fixtures'

function errorFrom(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`threw a non-Error: ${String(error)}`)
  }
  throw new Error('did not throw')
}

describe('checkDocuments', () => {
  it('returns valid documents parsed by the schema, without the fields the site ignores', () => {
    const checked = checkDocuments(
      'services',
      [rawService(), rawService({ id: 43 })],
      rawServiceSchema,
    )
    expect(checked.map((doc) => doc.id)).toEqual([42, 43])
    expect(checked[0]?.ageRange).toEqual({ minimum: 4, maximum: 11 })
    expect(checked[0]).not.toHaveProperty('_status')
    expect(checked[0]).not.toHaveProperty('createdAt')
  })

  it('accepts an empty collection', () => {
    expect(checkDocuments('services', [], rawServiceSchema)).toEqual([])
  })

  it('throws a CmsError naming the collection, the id and the field path', () => {
    const broken = rawService({ id: 99, ageRange: { minimum: 'four', maximum: 11 } })
    const error = errorFrom(() =>
      checkDocuments('services', [rawService(), broken], rawServiceSchema),
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error.message).toMatch(/^The CMS sent 1 services document\(s\) the site cannot use:/)
    expect(error.message).toContain('services id 99: ageRange.minimum:')
    expect(error.message).not.toContain('id 42')
  })

  it('names a path inside an array and a localized field', () => {
    const broken = rawService({
      id: 'abc',
      locations: [
        {
          name: { en: 'Hall' },
          addressLine1: '1 High Street',
          town: 'Westbridge',
          postcode: 'WB1 1AA',
          locality: 7,
        },
      ],
      summary: { en: 17 },
    })
    const error = errorFrom(() => checkDocuments('services', [broken], rawServiceSchema))
    expect(error.message).toContain('services id abc:')
    expect(error.message).toContain('locations.0.locality:')
    expect(error.message).toContain('summary.en:')
  })

  // Venue features are keys of the council's list (data the CMS checks on save): the loader
  // only refuses a value that cannot be a key.
  it('refuses a venue feature that is not a key', () => {
    const broken = rawService({
      id: 7,
      locations: [
        {
          name: { en: 'Hall' },
          addressLine1: '1 High Street',
          town: 'Westbridge',
          postcode: 'WB1 1AA',
          locality: 'westbridge-central',
          venueFeatures: ['step-free', ''],
        },
      ],
    })
    const error = errorFrom(() => checkDocuments('services', [broken], rawServiceSchema))
    expect(error.message).toContain('services id 7: locations.0.venueFeatures.1:')
  })

  it('names a document without an id by its position', () => {
    const { id: _id, ...withoutId } = rawGlossaryTerm()
    const error = errorFrom(() =>
      checkDocuments('glossary-terms', [rawGlossaryTerm(), withoutId], rawGlossaryTermSchema),
    )
    expect(error.message).toContain('glossary-terms #1: id:')
  })

  it('says "(document)" when the document itself is not an object', () => {
    const error = errorFrom(() => checkDocuments('glossary-terms', ['oops'], rawGlossaryTermSchema))
    expect(error.message).toContain('glossary-terms #0: (document):')
  })

  it('counts and lists every invalid document', () => {
    const error = errorFrom(() =>
      checkDocuments(
        'glossary-terms',
        [rawGlossaryTerm({ id: 1, slug: '' }), rawGlossaryTerm({ id: 2, term: 'EHC' })],
        rawGlossaryTermSchema,
      ),
    )
    expect(error.message).toContain('The CMS sent 2 glossary-terms document(s)')
    expect(error.message).toContain('glossary-terms id 1: slug:')
    expect(error.message).toContain('glossary-terms id 2: term:')
  })
})

describe('cmsUrlFromEnv', () => {
  it('uses CMS_URL when it is set', () => {
    expect(cmsUrlFromEnv({ CMS_URL: 'https://cms.westbridge.example' })).toBe(
      'https://cms.westbridge.example',
    )
  })

  it('trims CMS_URL', () => {
    expect(cmsUrlFromEnv({ CMS_URL: '  http://10.0.0.5:3000 \n' })).toBe('http://10.0.0.5:3000')
  })

  it.each([{}, { CMS_URL: '' }, { CMS_URL: '   ' }])(
    'falls back to the local CMS when CMS_URL is %j',
    (env) => {
      expect(cmsUrlFromEnv(env)).toBe('http://127.0.0.1:3000')
    },
  )
})
