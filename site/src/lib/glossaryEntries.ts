/**
 * The glossary as the linker needs it, per language. Every page with linked text asks for it; in
 * a build the content cannot change, so it is read from the content store and mapped once per
 * language (the development server reads it afresh each time, to show edits).
 */
import { defaultLocale, type LocaleCode } from '@local-offer/shared'
import { getCollection } from 'astro:content'

import type { GlossaryEntry } from './glossaryLinker'
import { onceInBuildFor } from './onceInBuild'
import { pathFor } from './paths'

async function readGlossaryEntries(locale: LocaleCode): Promise<GlossaryEntry[]> {
  const terms = await getCollection('glossary')
  return terms.map(({ data }) => ({
    href: pathFor(locale, `/glossary/#${data.slug}`),
    meaning: {
      term: data.term[locale] || data.term.en,
      definition: data.definition[locale] || data.definition.en,
      lang: data.definition[locale] ? undefined : defaultLocale,
    },
    phrases: [
      data.term[locale],
      data.term.en,
      ...data.aliases.flatMap((a) => [a[locale], a.en]),
    ].filter((p): p is string => Boolean(p)),
  }))
}

export const glossaryEntries = onceInBuildFor(readGlossaryEntries)
