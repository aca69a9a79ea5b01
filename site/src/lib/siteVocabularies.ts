/**
 * The council's sub-categories, venue accessibility features and languages from the content
 * store (the CMS's vocabularies, issue 12 item 2), each in display order, read once per build
 * (see onceInBuild). Labels are in every language: read them with labelText or LocalisedText.
 */
import { categoryValues } from '@local-offer/shared'
import { getCollection } from 'astro:content'

import type { SiteSubCategory, SiteTerm, SiteVocabularies } from './model'
import { onceInBuild } from './onceInBuild'

export type { SiteVocabularies } from './model'

const inOrder = <T extends SiteTerm>(terms: T[]): T[] =>
  terms.sort((a, b) => a.order - b.order || a.value.localeCompare(b.value))

/** Sub-categories under their categories (in the regulations' order), then in display order. */
const underTheirCategories = (terms: SiteSubCategory[]): SiteSubCategory[] =>
  inOrder(terms).sort(
    (a, b) => categoryValues.indexOf(a.category) - categoryValues.indexOf(b.category),
  )

export const siteVocabularies = onceInBuild(async (): Promise<SiteVocabularies> => ({
  subCategories: underTheirCategories(
    (await getCollection('subCategories')).map(({ data }) => data),
  ),
  venueFeatures: inOrder((await getCollection('venueFeatures')).map(({ data }) => data)),
  languages: inOrder((await getCollection('serviceLanguages')).map(({ data }) => data)),
}))
