import type { SqlRunner } from './reviewAndModerationBackfill'
import {
  STARTER_SERVICE_LANGUAGES,
  STARTER_SUB_CATEGORIES,
  STARTER_VENUE_FEATURES,
  type StarterLabel,
} from './starterVocabularies'

/**
 * Frozen with the vocabularies migrations (2026-12-04), their only users: the data part of
 * making sub-categories, venue accessibility features and languages data (issue 12 item 2), the
 * same on SQLite and PostgreSQL. Before, a listing stored each as a value of a fixed `select`
 * list (one table per field, one row per value); now they are keys of the new collections,
 * stored in the listing's `*_texts` table like any `text` field with `hasMany`, one row per
 * value with the field's path. Every value moves, in its order, for the listings and for every
 * version of them (drafts and history); the three collections get the starter lists, and a
 * value a listing held that the lists lack (none should) becomes a term of its own, named from
 * its key, so nothing a listing held is lost. Nothing here may come from live code.
 */

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

/** "speech-language" → "Speech language". */
const nameOf = (key: string) => {
  const words = key.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The tables of one store: the listings' or their versions'. */
const STORES = [
  { owner: 'services', prefix: '' },
  { owner: '_services_v', prefix: '_services_v_version_' },
] as const

/** What each select table held, with the path Payload gives a text `hasMany` value. */
function moves(store: (typeof STORES)[number]) {
  const field = store.owner === 'services' ? '' : 'version.'
  const own = store.owner === 'services' ? 'services_' : store.prefix
  return [
    {
      table: `${own}sub_categories`,
      path: `${quote(`${field}subCategories`)}`,
      from: `"${own}sub_categories" s`,
      parent: 's."parent_id"',
    },
    {
      table: `${own}languages`,
      path: `${quote(`${field}languages`)}`,
      from: `"${own}languages" s`,
      parent: 's."parent_id"',
    },
    {
      table: `${own}locations_venue_features`,
      // Array rows are numbered from 1 (`_order`); the text path counts from 0.
      path: `${quote(`${field}locations.`)} || CAST(l."_order" - 1 AS TEXT) || ${quote('.venueFeatures')}`,
      from: `"${own}locations_venue_features" s JOIN "${own}locations" l ON l."id" = s."parent_id"`,
      parent: 'l."_parent_id"',
    },
  ]
}

/** Up: every value of the old select tables into the `*_texts` tables. */
export async function listingValuesToTexts(db: SqlRunner): Promise<void> {
  for (const store of STORES) {
    for (const move of moves(store)) {
      await db.run(
        `INSERT INTO "${store.owner}_texts" ("order", "parent_id", "path", "text") ` +
          `SELECT s."order", ${move.parent}, ${move.path}, CAST(s."value" AS TEXT) FROM ${move.from} ` +
          `WHERE s."value" IS NOT NULL`,
      )
    }
  }
}

/** Down: the values back into the select tables (the migration's `down` has recreated them). */
export async function listingTextsToValues(db: SqlRunner, postgres: boolean): Promise<void> {
  for (const store of STORES) {
    const field = store.owner === 'services' ? '' : 'version.'
    const own = store.owner === 'services' ? 'services_' : store.prefix
    const cast = (enumName: string) => (postgres ? `CAST(t."text" AS "${enumName}")` : 't."text"')
    const enumOf = (name: string) => `enum_${own}${name}`
    for (const [name, path] of [
      ['sub_categories', 'subCategories'],
      ['languages', 'languages'],
    ] as const) {
      await db.run(
        `INSERT INTO "${own}${name}" ("order", "parent_id", "value") ` +
          `SELECT t."order", t."parent_id", ${cast(enumOf(name))} FROM "${store.owner}_texts" t ` +
          `WHERE t."path" = ${quote(field + path)}`,
      )
    }
    const texts = await db.rows(
      `SELECT "order", "parent_id", "path", "text" FROM "${store.owner}_texts" ` +
        `WHERE "path" LIKE ${quote(`${field}locations.%.venueFeatures`)}`,
    )
    for (const row of texts) {
      const index = Number(String(row.path).split('.').at(-2))
      const [location] = await db.rows(
        `SELECT "id" FROM "${own}locations" WHERE "_parent_id" = ${Number(row.parent_id)} AND "_order" = ${index + 1}`,
      )
      if (!location) continue
      const id = typeof location.id === 'number' ? String(location.id) : quote(String(location.id))
      await db.run(
        `INSERT INTO "${own}locations_venue_features" ("order", "parent_id", "value") VALUES ` +
          `(${Number(row.order)}, ${id}, ${postgres ? `CAST(${quote(String(row.text))} AS "${enumOf('locations_venue_features')}")` : quote(String(row.text))})`,
      )
    }
  }
}

async function insertTerm(
  db: SqlRunner,
  table: string,
  columns: Record<string, string | number>,
  label: Partial<StarterLabel> & { en: string },
  texts: Record<string, readonly string[]> = {},
): Promise<void> {
  const key = String(columns.key)
  if ((await db.rows(`SELECT "id" FROM "${table}" WHERE "key" = ${quote(key)}`)).length > 0) {
    return
  }
  const now = quote(new Date().toISOString())
  const names = Object.keys(columns).map((name) => `"${name}"`)
  const values = Object.values(columns).map((value) =>
    typeof value === 'number' ? String(value) : quote(value),
  )
  await db.run(
    `INSERT INTO "${table}" (${names.join(', ')}, "updated_at", "created_at") VALUES (${values.join(', ')}, ${now}, ${now})`,
  )
  const [row] = await db.rows(`SELECT "id" FROM "${table}" WHERE "key" = ${quote(key)}`)
  const id = Number(row?.id)
  for (const [locale, text] of Object.entries(label)) {
    if (!text) continue
    await db.run(
      `INSERT INTO "${table}_locales" ("label", "_locale", "_parent_id") VALUES (${quote(text)}, ${quote(locale)}, ${id})`,
    )
  }
  for (const [path, list] of Object.entries(texts)) {
    let order = 1
    for (const text of list) {
      await db.run(
        `INSERT INTO "${table}_texts" ("order", "parent_id", "path", "text") VALUES (${order++}, ${id}, ${quote(path)}, ${quote(text)})`,
      )
    }
  }
}

/** The values listings hold on one path pattern (after the move). */
async function valuesIn(db: SqlRunner, pathLike: string): Promise<string[]> {
  const found = new Set<string>()
  for (const store of STORES) {
    for (const prefix of ['', 'version.']) {
      const rows = await db.rows(
        `SELECT DISTINCT "text" FROM "${store.owner}_texts" WHERE "path" LIKE ${quote(prefix + pathLike)}`,
      )
      for (const row of rows) if (typeof row.text === 'string' && row.text) found.add(row.text)
    }
  }
  return [...found].sort()
}

/** Up: the three collections get the starter lists, and any other value listings hold. */
export async function starterVocabularies(db: SqlRunner): Promise<void> {
  // One order across the categories, so a list sorted by it is grouped by category.
  for (const [index, term] of STARTER_SUB_CATEGORIES.entries()) {
    await insertTerm(
      db,
      'sub_categories',
      { key: term.key, category: term.category, order: index + 1 },
      term.label,
      { esdServiceTypes: term.esdServiceTypes },
    )
  }
  for (const [index, term] of STARTER_VENUE_FEATURES.entries()) {
    await insertTerm(db, 'venue_features', { key: term.key, order: index + 1 }, term.label)
  }
  for (const [index, term] of STARTER_SERVICE_LANGUAGES.entries()) {
    await insertTerm(
      db,
      'service_languages',
      { key: term.key, code: term.code, order: index + 1 },
      term.label,
    )
  }
  // Values outside the starter lists (none in a database this code made): a term each, last.
  for (const key of await valuesIn(db, 'subCategories')) {
    const [listing] = await db.rows(
      `SELECT s."category" FROM "services" s JOIN "services_texts" t ON t."parent_id" = s."id" ` +
        `WHERE t."path" = 'subCategories' AND t."text" = ${quote(key)} AND s."category" IS NOT NULL`,
    )
    const category = typeof listing?.category === 'string' ? listing.category : 'education'
    await insertTerm(db, 'sub_categories', { key, category, order: 1000 }, { en: nameOf(key) })
  }
  for (const key of await valuesIn(db, 'locations.%.venueFeatures')) {
    await insertTerm(db, 'venue_features', { key, order: 1000 }, { en: nameOf(key) })
  }
  for (const key of await valuesIn(db, 'languages')) {
    await insertTerm(db, 'service_languages', { key, code: key, order: 1000 }, { en: nameOf(key) })
  }
}
