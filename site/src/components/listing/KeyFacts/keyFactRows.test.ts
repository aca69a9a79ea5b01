import { describe, expect, it } from 'vitest'

import { demoVocabularies, siteService } from '../../../../test/fixtures'
import { useTranslations } from '../../../i18n'
import { keyFactRows } from './keyFactRows'

const en = useTranslations('en')

describe('keyFactRows', () => {
  it('gives the facts every listing has, in the page order', () => {
    const rows = keyFactRows(siteService(), 'en', en, demoVocabularies)
    expect(rows.map((row) => row.key)).toEqual([
      'Category',
      'Ages',
      'Areas of need',
      'Cost',
      'EHC plan needed',
      'Referral needed',
      'How to get this service',
      'Last checked',
    ])
    expect(rows).toEqual([
      {
        key: 'Category',
        value: {
          kind: 'link',
          href: '/categories/education/',
          value: { en: 'Education', pl: 'Edukacja', ar: 'التعليم' },
        },
      },
      { key: 'Ages', value: { kind: 'text', text: 'Ages 4 to 11' }, pagefindMeta: 'ages' },
      {
        key: 'Areas of need',
        value: {
          kind: 'list',
          items: [expect.objectContaining({ en: 'Sensory and/or physical' })],
        },
      },
      { key: 'Cost', value: { kind: 'localised', value: expect.objectContaining({ en: 'Free' }) } },
      { key: 'EHC plan needed', value: { kind: 'text', text: 'No' } },
      { key: 'Referral needed', value: { kind: 'text', text: 'No' } },
      {
        key: 'How to get this service',
        value: { kind: 'list', items: [expect.objectContaining({ en: 'Contact them directly' })] },
      },
      {
        key: 'Last checked',
        value: { kind: 'date', iso: '2025-06-15', text: '15 June 2025' },
      },
    ])
  })

  it('adds the type of service and the languages offered only when the listing has them', () => {
    const rows = keyFactRows(
      siteService({ subCategories: ['early-years'], languages: ['pl', 'bfi'] }),
      'en',
      en,
      demoVocabularies,
    )
    expect(rows.find((row) => row.key === 'Type of service')?.value).toEqual({
      kind: 'list',
      items: [expect.objectContaining({ en: 'Early years' })],
    })
    expect(rows.find((row) => row.key === 'Languages offered')?.value).toEqual({
      kind: 'text',
      text: 'Polish, British Sign Language',
    })
    expect(rows.map((row) => row.key).indexOf('Type of service')).toBe(1)
    expect(rows.map((row) => row.key).indexOf('Languages offered')).toBe(rows.length - 2)
  })

  it('says all areas of need when none is chosen, and yes when a plan or referral is needed', () => {
    const rows = keyFactRows(
      siteService({
        areasOfNeed: [],
        access: { ...siteService().access, ehcPlanRequired: true, referralRequired: true },
      }),
      'en',
      en,
      demoVocabularies,
    )
    const value = (key: string) => rows.find((row) => row.key === key)?.value
    expect(value('Areas of need')).toEqual({ kind: 'text', text: 'All areas of need' })
    expect(value('EHC plan needed')).toEqual({ kind: 'text', text: 'Yes' })
    expect(value('Referral needed')).toEqual({ kind: 'text', text: 'Yes' })
  })

  it('writes the facts in the page’s language, with links to the page’s language', () => {
    const rows = keyFactRows(siteService(), 'pl', useTranslations('pl'), demoVocabularies)
    expect(rows[0]).toMatchObject({ value: { kind: 'link', href: '/pl/categories/education/' } })
    expect(rows.at(-1)?.value).toEqual({ kind: 'date', iso: '2025-06-15', text: '15 czerwca 2025' })
  })
})
