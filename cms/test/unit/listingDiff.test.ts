import { describe, expect, it } from 'vitest'

import { Services } from '../../src/collections/Services'
import { diffListing, flattenForDiff, richTextToPlain } from '../../src/moderation/listingDiff'
import { richText, validService } from '../helpers/fixtures'

const published = {
  ...validService(1, { name: 'Speech drop-in' }),
  description: richText('Sessions every Monday morning.'),
  moderation: 'approved',
  lastReviewed: '2026-01-01T00:00:00.000Z',
}

const textOf = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text.trim())
    .join(' ')

describe('the moderation diff', () => {
  it('shows only the fields that changed, word by word, with readable labels', () => {
    const draft = {
      ...published,
      name: 'Speech and language drop-in',
      description: richText('Sessions every Monday and Thursday morning.'),
      access: { ...published.access, referralRequired: true },
      moderation: 'submitted',
      lastReviewed: '2026-11-01T00:00:00.000Z',
    }
    const changes = diffListing(Services.fields, published, draft)
    expect(changes.map((c) => c.label)).toEqual([
      'Name',
      'Description',
      'Access › A referral is needed',
    ])
    const [name, description, referral] = changes
    expect(textOf(name!.parts, 'added')).toBe('and language')
    expect(textOf(name!.parts, 'removed')).toBe('')
    expect(textOf(description!.parts, 'added')).toBe('and Thursday')
    expect(textOf(referral!.parts, 'removed')).toBe('No')
    expect(textOf(referral!.parts, 'added')).toBe('Yes')
  })

  it('shows option labels, not stored values, and added or removed array rows', () => {
    const draft = {
      ...published,
      category: 'short-breaks' as const,
      contacts: [...published.contacts, { name: 'Reception', phone: '0121 496 0999' }],
    }
    const changes = diffListing(Services.fields, published, draft)
    const category = changes.find((c) => c.label === 'Category')
    expect(textOf(category!.parts, 'removed')).toBe('Health')
    expect(textOf(category!.parts, 'added')).toBe('Short breaks')
    const phone = changes.find((c) => c.label === 'Contacts 2 › Phone')
    expect(textOf(phone!.parts, 'added')).toBe('0121 496 0999')
  })

  it('names sub-categories, languages and venue features by their labels when given them', () => {
    const draft = {
      ...published,
      subCategories: ['speech-language-therapy', 'occupational-therapy'],
      languages: ['en', 'bfi'],
    }
    const changes = diffListing(Services.fields, published, draft, {
      subCategories: new Map([
        ['speech-language-therapy', 'Speech and language therapy'],
        ['occupational-therapy', 'Occupational therapy'],
      ]),
      languages: new Map([
        ['en', 'English'],
        ['bfi', 'British Sign Language'],
      ]),
    })
    const sub = changes.find((c) => c.label === 'Sub-categories')
    expect(textOf(sub!.parts, 'added')).toContain('Occupational therapy')
    const languages = changes.find((c) => c.label === 'Languages offered')
    expect(textOf(languages!.parts, 'added')).toContain('British Sign Language')
  })

  it('shows everything as added for a listing that was never published', () => {
    const changes = diffListing(Services.fields, null, published)
    expect(changes.length).toBeGreaterThan(5)
    expect(changes.every((c) => c.parts.every((p) => p.kind === 'added'))).toBe(true)
    expect(changes.find((c) => c.label === 'Name')?.parts[0]?.text).toBe('Speech drop-in')
  })

  it('leaves out review and moderation fields, which are not content', () => {
    const labels = flattenForDiff(Services.fields, published).map(([label]) => label)
    expect(labels).not.toContain('Moderation')
    expect(labels).not.toContain('Last reviewed')
    expect(labels).toContain('Organisation')
  })

  it("leaves out a join field (the staff's internal notes): it is not what the provider submitted", () => {
    const fields = [
      ...Services.fields,
      { name: 'internalNotes', type: 'join', collection: 'listing-notes', on: 'listing' } as const,
    ]
    const draft = { ...published, internalNotes: { docs: [{ id: 1, note: 'Rang them' }] } }
    const labels = flattenForDiff(fields, draft).map(([label]) => label)
    expect(labels).not.toContain('Internal notes')
    expect(diffListing(fields, null, draft).map((c) => c.label)).not.toContain('Internal notes')
  })

  it('reads the text of rich text', () => {
    expect(richTextToPlain(richText('Hello there', 'https://example.org'))).toBe('Hello theremore')
  })
})
