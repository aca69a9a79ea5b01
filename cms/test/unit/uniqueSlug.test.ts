import type { Payload, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { firstFreeSlug, takenSlugs, uniqueSlug } from '../../src/openReferralImport/uniqueSlug'

/** A Payload whose find answers with documents of these slugs, and remembers what it was asked. */
function payloadHolding(slugs: string[]) {
  const asked: Record<string, unknown>[] = []
  const payload = {
    find: async (args: Record<string, unknown>) => {
      asked.push(args)
      return { docs: slugs.map((slug, i) => ({ id: i + 1, slug })) }
    },
  } as unknown as Payload
  return { payload, asked }
}
const req = {} as PayloadRequest

describe('firstFreeSlug', () => {
  it('is the base when nothing has it', () => {
    expect(firstFreeSlug('speech-drop-in', new Set(['speech-drop-in-2']))).toBe('speech-drop-in')
  })

  it('is the first number after the base that nothing has', () => {
    expect(firstFreeSlug('a', new Set(['a', 'a-2', 'a-4']))).toBe('a-3')
    expect(firstFreeSlug('a', new Set(['a', null, undefined]))).toBe('a-2')
  })
})

describe('uniqueSlug (the importer and import sorting)', () => {
  it("gives a listing the name's slug, numbered when another listing or draft has it", async () => {
    const { payload, asked } = payloadHolding(['speech-drop-in', 'speech-drop-in-2'])
    await expect(uniqueSlug(payload, req, 'services', 'Speech drop-in')).resolves.toBe(
      'speech-drop-in-3',
    )
    expect(asked[0]).toMatchObject({
      collection: 'services',
      req,
      draft: true,
      overrideAccess: true,
      pagination: false,
      where: {
        or: [{ slug: { in: ['speech-drop-in'] } }, { slug: { like: 'speech-drop-in-' } }],
      },
    })
  })

  it('asks organisations without drafts (they have none)', async () => {
    const { payload, asked } = payloadHolding([])
    await expect(uniqueSlug(payload, req, 'organisations', 'Parent Carer Forum')).resolves.toBe(
      'parent-carer-forum',
    )
    expect(asked[0]).not.toHaveProperty('draft')
  })

  it("is 'listing' for a name with nothing to make a slug of", async () => {
    const { payload } = payloadHolding(['listing'])
    await expect(uniqueSlug(payload, req, 'services', '  ')).resolves.toBe('listing-2')
  })
})

describe('takenSlugs (a run of records read at once)', () => {
  it("asks once for every name's base and numbered forms, each base once", async () => {
    const { payload, asked } = payloadHolding(['speech-drop-in', 'play-scheme-2'])
    const taken = await takenSlugs(payload, req, 'services', [
      'Speech drop-in',
      'Play scheme',
      'Speech  drop-in',
      '',
    ])
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatchObject({
      draft: true,
      where: {
        or: [
          { slug: { in: ['speech-drop-in', 'play-scheme', 'listing'] } },
          { slug: { like: 'speech-drop-in-' } },
          { slug: { like: 'play-scheme-' } },
          { slug: { like: 'listing-' } },
        ],
      },
    })
    expect(firstFreeSlug('speech-drop-in', taken)).toBe('speech-drop-in-2')
    expect(firstFreeSlug('play-scheme', taken)).toBe('play-scheme')
  })

  it('reads nothing for no names', async () => {
    const { payload, asked } = payloadHolding(['a'])
    expect(await takenSlugs(payload, req, 'services', [])).toEqual(new Set())
    expect(asked).toHaveLength(0)
  })
})
