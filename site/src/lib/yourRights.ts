/**
 * The "Your rights" page's rows: every statutory duty marked on the information pages, grouped
 * by the page it comes from (pages in title order for the reader's language). A page not yet
 * translated gives its English duties, marked as English by `lang`.
 */
import type { LocaleCode, RightsPassage, TextDirection } from '@local-offer/shared'

import { compareIn } from './format'
import { showLocalised, textIn } from './localised'
import type { Localised, SitePage } from './model'
import { dutiesIn } from './pageContent'

export interface PageDuties {
  slug: string
  title: Localised
  /** The language the duties are written in, and whether that is English instead of `locale`. */
  lang: LocaleCode
  dir: TextDirection
  fallback: boolean
  duties: Array<{ id: string; passage: RightsPassage }>
}

export function dutiesByPage(
  pages: ReadonlyArray<Pick<SitePage, 'slug' | 'title' | 'content'>>,
  locale: LocaleCode,
): PageDuties[] {
  const compare = compareIn(locale)
  return pages
    .flatMap((page): PageDuties[] => {
      const shown = showLocalised(page.content, locale)
      const duties = shown ? dutiesIn(shown.value) : []
      if (!shown || duties.length === 0) return []
      return [
        {
          slug: page.slug,
          title: page.title,
          lang: shown.lang,
          dir: shown.dir,
          fallback: shown.fallback,
          duties,
        },
      ]
    })
    .sort((a, b) => compare(textIn(a.title, locale), textIn(b.title, locale)))
}
