/**
 * The council's sub-categories, venue accessibility features and languages from the content
 * store (the CMS's vocabularies, issue 12 item 2), each in display order, read once per build
 * (see onceInBuild). Labels are in every language: read them with labelText or LocalisedText.
 */
import { getCollection } from 'astro:content'

import type { SiteTerm, SiteVocabularies } from './model'
import { onceInBuild } from './onceInBuild'

export type { SiteVocabularies } from './model'

const inOrder = <T extends SiteTerm>(terms: T[]): T[] =>
  terms.sort((a, b) => a.order - b.order || a.value.localeCompare(b.value))

export const siteVocabularies = onceInBuild(async (): Promise<SiteVocabularies> => ({
  subCategories: inOrder((await getCollection('subCategories')).map(({ data }) => data)),
  venueFeatures: inOrder((await getCollection('venueFeatures')).map(({ data }) => data)),
  languages: inOrder((await getCollection('serviceLanguages')).map(({ data }) => data)),
}))
