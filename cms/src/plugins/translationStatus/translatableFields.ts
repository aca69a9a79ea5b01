/**
 * The text fields a translator translates, per collection, as dotted paths (a group's field is
 * "access.howToAccess"). Names, roles and notes inside arrays are left out: they are short, often
 * proper names, and an array row moving would look like a change of text.
 */
export const translatableFields = {
  services: [
    'name',
    'summary',
    'description',
    'access.howToAccess',
    'eligibility',
    'howToComplain',
    'cost.detail',
  ],
  pages: ['title', 'summary', 'content'],
} as const satisfies Record<string, readonly string[]>

export type TranslatedCollection = keyof typeof translatableFields

export const isTranslated = (slug: string): slug is TranslatedCollection =>
  slug in translatableFields

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(document: unknown, path: string): unknown {
  let value: unknown = document
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[step]
  }
  return value
}
