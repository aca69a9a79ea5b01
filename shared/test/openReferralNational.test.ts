import { describe, expect, it } from 'vitest'

import {
  AREA_OF_NEED_ESD_NEEDS,
  ESD_NEEDS,
  ESD_SERVICE_TYPES,
  CATEGORY_ESD_SERVICE_TYPES,
  areasOfEsdNeed,
  esdNeedsOf,
  esdServiceTypesOf,
  identifyVocabularyTerm,
  localCodesOfServiceType,
  taxonomyDocuments,
  taxonomyTermOf,
  unmappedLocalOfferCodes,
  vocabularyTerms,
} from '../src/openReferral/index.js'
import { areaOfNeedValues } from '../src/needs.js'
import { categories } from '../src/taxonomy.js'
import { councilVocabularies } from './fixtures/councilVocabularies.js'

const subs = councilVocabularies.subCategories

describe('the national vocabularies (LGA esd service types and needs)', () => {
  it('states a mapping, perhaps empty, for every category and no other', () => {
    expect(Object.keys(CATEGORY_ESD_SERVICE_TYPES).sort()).toEqual(
      categories.map((c) => c.value as string).sort(),
    )
    expect(Object.keys(AREA_OF_NEED_ESD_NEEDS).sort()).toEqual([...areaOfNeedValues].sort())
  })

  it('uses only identifiers on its checked list, and publishes each of them', () => {
    // The starter sub-categories' mapping, with the categories', uses every checked identifier.
    const used = new Set<string>([
      ...Object.values(CATEGORY_ESD_SERVICE_TYPES).flat(),
      ...subs.flatMap((sub) => sub.esdServiceTypes),
    ])
    expect([...used].filter((code) => !(code in ESD_SERVICE_TYPES))).toEqual([])
    expect(Object.keys(ESD_SERVICE_TYPES).filter((code) => !used.has(code))).toEqual([])
    const needs = new Set(Object.values(AREA_OF_NEED_ESD_NEEDS).flat())
    expect([...needs].sort()).toEqual(Object.keys(ESD_NEEDS).sort())
  })

  it('gives a listing the types of its category and sub-categories, once each', () => {
    expect(
      esdServiceTypesOf('short-breaks', ['holiday-schemes', 'overnight-breaks'], subs),
    ).toEqual(['18', '260', '1790'])
    expect(esdServiceTypesOf('health', ['paediatrics'], subs)).toEqual([])
    expect(esdNeedsOf(['sensory-physical', 'cognition-learning'])).toEqual(['97', '103'])
  })

  it('finds the listings carrying a type back through their own terms', () => {
    expect(localCodesOfServiceType('1790', subs)).toEqual({
      categories: ['short-breaks'],
      subCategories: [
        'day-activities',
        'holiday-schemes',
        'overnight-breaks',
        'home-based-support',
      ],
    })
    expect(areasOfEsdNeed('111')).toEqual(['social-emotional-mental-health'])
  })

  it('publishes esd terms with their URI, and reads them back by URI from any feed', () => {
    const term = vocabularyTerms.find(
      (t) => t.vocabulary === 'esdServiceTypes' && t.code === '1788',
    )!
    const published = taxonomyTermOf(term)
    expect(published).toMatchObject({
      name: 'Speech, language and communication therapy',
      taxonomy: 'esdServiceTypes',
      term: '1788',
      term_uri: 'http://id.esd.org.uk/service/1788',
    })
    expect(published.description).toContain('Speech, language and communication therapy')
    expect(identifyVocabularyTerm({ id: 'x', term_uri: 'http://id.esd.org.uk/service/1788' })).toBe(
      term,
    )
    const need = vocabularyTerms.find((t) => t.vocabulary === 'esdNeeds' && t.code === '97')!
    expect(taxonomyTermOf(need).term_uri).toBe('http://id.esd.org.uk/need/97')
    expect(taxonomyDocuments().find((t) => t.name === 'esdServiceTypes')).toMatchObject({
      uri: 'https://standards.esd.org.uk/?uri=list/serviceTypes',
    })
  })

  it('lists the terms it leaves unmapped (named in docs/open-referral.md)', () => {
    expect(unmappedLocalOfferCodes(subs)).toEqual([
      'health',
      'social-care',
      'mediation-disagreement',
      'tribunal',
      'special-schools',
      'colleges',
      'independent-specialist',
      'specialist-teaching',
      'paediatrics',
      'sensory-services',
      'disabled-children-team',
      'transition-adult-care',
      'travel-training',
      'apprenticeships',
      'supported-internships',
      'housing-independent-living',
      'sendiass',
      'parent-carer-forum',
      'training-for-parents',
      'mediation',
      'disagreement-resolution',
      'send-tribunal',
      'appeal-support',
    ])
  })
})
