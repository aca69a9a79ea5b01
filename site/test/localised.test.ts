import { describe, expect, it } from 'vitest'

import {
  hasFallback,
  langAttributes,
  searchResultMeta,
  showText,
  textIn,
} from '../src/lib/localised'

const name = { en: 'Speech and language therapy', pl: 'Terapia mowy i języka' }

describe('showText', () => {
  it('shows the page’s own language when there is text in it', () => {
    expect(showText(name, 'pl')).toEqual({
      text: 'Terapia mowy i języka',
      lang: 'pl',
      dir: 'ltr',
      fallback: false,
    })
  })

  it('marks Arabic text right to left', () => {
    expect(showText({ en: 'Hello', ar: 'مرحبا' }, 'ar')).toEqual({
      text: 'مرحبا',
      lang: 'ar',
      dir: 'rtl',
      fallback: false,
    })
  })

  it('falls back to English, marked as English and left to right, on an Arabic page', () => {
    expect(showText(name, 'ar')).toEqual({
      text: 'Speech and language therapy',
      lang: 'en',
      dir: 'ltr',
      fallback: true,
    })
  })

  it('does not count English on an English page as a fallback', () => {
    expect(showText(name, 'en')).toEqual({
      text: 'Speech and language therapy',
      lang: 'en',
      dir: 'ltr',
      fallback: false,
    })
  })

  it('treats an empty translation as missing', () => {
    expect(showText({ en: 'Hello', pl: '' }, 'pl')?.fallback).toBe(true)
  })

  it('shows nothing when neither the language nor English has text', () => {
    expect(showText({ pl: 'Tylko po polsku' }, 'ar')).toBeUndefined()
    expect(showText({ pl: 'Tylko po polsku' }, 'en')).toBeUndefined()
    expect(showText({}, 'pl')).toBeUndefined()
    expect(showText(undefined, 'pl')).toBeUndefined()
  })
})

describe('textIn', () => {
  it('gives the text to show, English when untranslated, or nothing', () => {
    expect(textIn(name, 'pl')).toBe('Terapia mowy i języka')
    expect(textIn(name, 'ar')).toBe('Speech and language therapy')
    expect(textIn(undefined, 'ar')).toBe('')
  })
})

describe('hasFallback', () => {
  const summary = { en: 'Help with talking.' }

  it('is true when any field shown falls back to English', () => {
    expect(hasFallback([name, summary], 'pl')).toBe(true)
  })

  it('is false when every field is translated', () => {
    expect(hasFallback([name, { en: 'x', pl: 'y' }], 'pl')).toBe(false)
  })

  it('is never true on the English page', () => {
    expect(hasFallback([name, summary], 'en')).toBe(false)
  })

  it('ignores fields with nothing to show', () => {
    expect(hasFallback([undefined, {}, { pl: 'tylko' }], 'ar')).toBe(false)
  })
})

describe('langAttributes', () => {
  it('marks fallback text with its language and direction', () => {
    expect(langAttributes(showText(name, 'ar'))).toEqual({ lang: 'en', dir: 'ltr' })
  })

  it('adds nothing to text in the page’s own language', () => {
    expect(langAttributes(showText(name, 'pl'))).toEqual({})
    expect(langAttributes(undefined)).toEqual({})
  })
})

describe('searchResultMeta', () => {
  it('also takes the language of English text shown in place of a translation', () => {
    expect(searchResultMeta('title', name, 'ar')).toBe('title, titleLang[lang]')
  })

  it('is the key alone for text in the page’s own language', () => {
    expect(searchResultMeta('summary', name, 'pl')).toBe('summary')
    expect(searchResultMeta('title', name, 'en')).toBe('title')
  })
})
