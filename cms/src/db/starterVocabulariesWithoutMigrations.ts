import type { Payload } from 'payload'

import {
  STARTER_SERVICE_LANGUAGES,
  STARTER_SUB_CATEGORIES,
  STARTER_VENUE_FEATURES,
  type StarterLabel,
} from '../migrations/frozen/starterVocabularies'

type Vocabulary = 'sub-categories' | 'venue-features' | 'service-languages'

/**
 * MongoDB has no migrations, so the starter vocabularies the SQL stores get from the
 * `vocabularies` migration (issue 12 item 2) are written here, on start, into a vocabulary that
 * has no terms yet: the same lists, so a council on MongoDB starts as one on SQLite or
 * PostgreSQL. A vocabulary with any term is left alone (officers manage it).
 */
export async function starterVocabulariesWithoutMigrations(payload: Payload): Promise<void> {
  const lists: Array<[Vocabulary, Array<{ data: Record<string, unknown>; label: StarterLabel }>]> =
    [
      [
        'sub-categories',
        STARTER_SUB_CATEGORIES.map((term, index) => ({
          data: {
            key: term.key,
            category: term.category,
            esdServiceTypes: [...term.esdServiceTypes],
            order: index + 1,
          },
          label: term.label,
        })),
      ],
      [
        'venue-features',
        STARTER_VENUE_FEATURES.map((term, index) => ({
          data: { key: term.key, order: index + 1 },
          label: term.label,
        })),
      ],
      [
        'service-languages',
        STARTER_SERVICE_LANGUAGES.map((term, index) => ({
          data: { key: term.key, code: term.code, order: index + 1 },
          label: term.label,
        })),
      ],
    ]
  for (const [collection, terms] of lists) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) continue
    for (const { data, label } of terms) {
      const created = await payload.create({
        collection,
        locale: 'en',
        data: { ...data, label: label.en } as never,
        overrideAccess: true,
      })
      for (const locale of ['pl', 'ar'] as const) {
        await payload.update({
          collection,
          id: created.id,
          locale,
          data: { label: label[locale] } as never,
          overrideAccess: true,
        })
      }
    }
  }
}
