// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * Families' words in search (issue 11 item 5): the words a listing page adds for Pagefind, the
 * site's word list for misspellings, when a search counts as having missed its words, the
 * no-results help and the comment form's prefill.
 */
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'

import { prefillFromSearch } from '../src/components/feedback/SearchPrefill/searchPrefill'
import { searchMissedWords } from '../src/components/search/missedWords'
import NoResults, { tellUsHref } from '../src/components/search/NoResults'
import {
  glossaryWordGroups,
  listingExtraWords,
  siteVocabulary,
  wordGroups,
} from '../src/components/search/searchWords'
import type { SiteGlossaryTerm } from '../src/lib/model'
import { demoVocabularies, siteService } from './fixtures'

const glossary: SiteGlossaryTerm[] = [
  {
    id: '1',
    slug: 'portage',
    term: { en: 'Portage', pl: 'Portage (wczesne wspomaganie)' },
    definition: { en: 'A home-visiting service for young children.' },
    aliases: [{ en: 'home visiting' }, { en: 'early support', pl: 'wczesne wsparcie' }],
  },
]

describe('the words a listing is found by', () => {
  it('adds the synonym list’s and the glossary’s other names for what it offers', () => {
    const groups = wordGroups(glossary, 'en')
    const speech = siteService({
      name: { en: 'Speech and language therapy for school-age children' },
      category: 'health',
    })
    expect(listingExtraWords(speech, 'en', groups, demoVocabularies.subCategories)).toEqual(
      expect.arrayContaining(['salt', 'slt']),
    )
    const portage = siteService({ summary: { en: 'Portage visits families at home.' } })
    expect(listingExtraWords(portage, 'en', groups, demoVocabularies.subCategories)).toEqual(
      expect.arrayContaining(['visiting', 'early']),
    )
  })

  it('finds a listing’s group by its sub-category, and reads its English text on other pages', () => {
    const groups = wordGroups([], 'pl')
    const ot = siteService({
      name: { en: 'Children’s OT clinic' },
      category: 'health',
      subCategories: ['occupational-therapy'],
    })
    const words = listingExtraWords(ot, 'pl', groups, demoVocabularies.subCategories)
    expect(words).toEqual(expect.arrayContaining(['ergoterapia', 'terapeuta']))
    // English words other than abbreviations are left off Polish pages (20 KB budget).
    expect(words).not.toContain('occupational')
    // Its sub-category's Polish label ("Terapia zajęciowa") and "OT" are on the page already.
    expect(words).not.toContain('zajęciowa')
    expect(words).not.toContain('ot')
  })

  it('makes a glossary term and its names one group, in the page’s language and English', () => {
    expect(glossaryWordGroups(glossary, 'pl')[0]).toEqual({
      words: ['Portage (wczesne wspomaganie)', 'wczesne wsparcie'],
      matchOnly: ['Portage', 'home visiting', 'early support'],
    })
    expect(glossaryWordGroups(glossary, 'en')[0]).toEqual({
      words: ['Portage', 'home visiting', 'early support'],
    })
  })

  it('lists the site’s words most used first, for putting misspellings right', () => {
    const words = siteVocabulary(
      [siteService({ name: { en: 'Autism outreach' }, summary: { en: 'Autism support' } })],
      wordGroups([], 'en'),
      'en',
      demoVocabularies.subCategories,
    )
    // "autism" is used twice here, "outreach" once.
    expect(words.indexOf('autism')).toBeLessThan(words.indexOf('outreach'))
    expect(words).toEqual(expect.arrayContaining(['speech', 'respite', 'education']))
  })
})

describe('a search that missed its words', () => {
  it('is one whose words Pagefind did not mark in the results shown', () => {
    // Pagefind answers "autisim" with every page that has an "a".
    expect(searchMissedWords('autisim', ['with <mark>a</mark> learning disability'], 'en')).toBe(
      true,
    )
    expect(searchMissedWords('speach', [], 'en')).toBe(true)
  })

  it('is not one whose words are marked, stemmed, with an article, or short', () => {
    expect(searchMissedWords('respite', ['short break, <mark>respite,</mark> care'], 'en')).toBe(
      false,
    )
    expect(searchMissedWords('therapies', ['speech <mark>therapy</mark>'], 'en')).toBe(false)
    expect(searchMissedWords('توحد', ['<mark>التوحد</mark>'], 'ar')).toBe(false)
    expect(searchMissedWords('OT team', ['the <mark>ot</mark> <mark>team</mark>'], 'en')).toBe(
      false,
    )
    expect(searchMissedWords('SALT', ['<mark>SALT,</mark> SLT'], 'en')).toBe(false)
  })
})

describe('when nothing is found', () => {
  const labels = {
    tryHeading: 'Things to try',
    tips: ['Check the spelling'],
    categories: 'Browse services by category',
    categoriesHref: '/#categories',
    aToZ: 'A to Z of services',
    aToZHref: '/a-z/',
    helpline: 'SENDIASS can help: phone {{phone}}.',
    sendiassLink: 'About SENDIASS',
    tellUs: 'Couldn’t find what you need? Tell us',
    feedbackHref: '/feedback/',
  }

  it('shows what to try, the SENDIASS helpline and a link to tell us, with the search', () => {
    const html = renderToString(
      <NoResults
        query="wheelchair taxi"
        labels={labels}
        helpline={{ phone: '0300 123 4567', href: '/services/westbridge-sendiass/' }}
      />,
    )
    expect(html).toContain('Things to try')
    expect(html).toContain('href="tel:03001234567"')
    expect(html).toContain('href="/services/westbridge-sendiass/"')
    expect(html).toContain('href="/feedback/?search=wheelchair+taxi"')
  })

  it('links to the plain form when there was no query, and leaves the helpline out when there is none', () => {
    expect(tellUsHref('/pl/feedback/', '  ')).toBe('/pl/feedback/')
    expect(renderToString(<NoResults query="" labels={labels} />)).not.toContain('tel:')
  })
})

describe('the comment form written in from a search', () => {
  function form(): HTMLFormElement {
    document.body.innerHTML = `<form data-search-prefill="I searched for “{{query}}”.">
      <textarea name="comment"></textarea>
      <input type="radio" name="topic" value="general" checked>
      <input type="radio" name="topic" value="website">
    </form>`
    return document.querySelector('form')!
  }

  it('writes the search into the comment and chooses "this website" as the topic', () => {
    const f = form()
    prefillFromSearch(f, ' respite at weekends ')
    expect(f.querySelector('textarea')!.value).toBe('I searched for “respite at weekends”.')
    expect(f.querySelector<HTMLInputElement>('input[value="website"]')!.checked).toBe(true)
  })

  it('leaves the form alone without a search, and never overwrites what was typed', () => {
    const f = form()
    prefillFromSearch(f, null)
    expect(f.querySelector('textarea')!.value).toBe('')
    f.querySelector('textarea')!.value = 'My own words'
    prefillFromSearch(f, 'respite')
    expect(f.querySelector('textarea')!.value).toBe('My own words')
  })
})
