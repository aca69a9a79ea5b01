/**
 * The word groups listing pages are indexed with, per language: the synonym list and the
 * glossary. In a build the content cannot change, so they are made once per language (the
 * development server makes them afresh, to show edits), as the glossary linker's are.
 */
import type { LocaleCode, WordGroup } from '@local-offer/shared'
import { getCollection } from 'astro:content'

import { onceInBuildFor } from '../../lib/onceInBuild'
import { wordGroups } from './searchWords'

async function readWordGroups(locale: LocaleCode): Promise<WordGroup[]> {
  const terms = (await getCollection('glossary')).map(({ data }) => data)
  return wordGroups(terms, locale)
}

export const siteWordGroups = onceInBuildFor(readWordGroups)
