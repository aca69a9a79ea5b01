import type { SqlRunner } from './reviewAndModerationBackfill'

/**
 * Frozen with the localities migrations (2026-12-02), their only users: the data part of making
 * localities data (issue 12 item 2), the same on SQLite and PostgreSQL. Before, a venue's locality
 * was a value of a fixed list in code; the listings keep the values they hold (they are the new
 * localities' keys), and one locality is created for each value in use, so an upgraded database
 * shows the same areas as before:
 * - its name is the key in words ("town-centre" → "Town centre"), for an officer to correct;
 * - its postcode districts are those of the venues that had it, so saving a listing again derives
 *   the same locality (a district whose venues had two localities goes to the one most had).
 * "out-of-area" stays a value of its own, not a locality. Nothing here may come from live code.
 */
const OUTSIDE_AREA = 'out-of-area'

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

/** "town-centre" → "Town centre". */
const nameOf = (key: string) => {
  const words = key.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The outward code of a UK postcode ("wb1 2ab" → "WB1"), or null. */
const districtOf = (postcode: unknown) => {
  if (typeof postcode !== 'string') return null
  const compact = postcode.toUpperCase().replace(/\s+/g, '')
  const match = /^([A-Z]{1,2}[0-9][A-Z0-9]?)[0-9][A-Z]{2}$/.exec(compact)
  return match ? match[1]! : null
}

export async function localitiesFromListings(db: SqlRunner): Promise<void> {
  const venues = [
    ...(await db.rows(`SELECT "locality", "postcode" FROM "services_locations"`)),
    ...(await db.rows(`SELECT "locality", "postcode" FROM "_services_v_version_locations"`)),
  ].flatMap((row) =>
    typeof row.locality === 'string' && row.locality !== '' && row.locality !== OUTSIDE_AREA
      ? [{ key: row.locality, district: districtOf(row.postcode) }]
      : [],
  )
  const keys = [...new Set(venues.map((venue) => venue.key))].sort()
  // district → key → venues there with that key
  const counts = new Map<string, Map<string, number>>()
  for (const { key, district } of venues) {
    if (!district) continue
    const byKey = counts.get(district) ?? new Map<string, number>()
    byKey.set(key, (byKey.get(key) ?? 0) + 1)
    counts.set(district, byKey)
  }
  const districtsOf = new Map<string, string[]>()
  for (const [district, byKey] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const [winner] = [...byKey].sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    if (!winner) continue
    districtsOf.set(winner[0], [...(districtsOf.get(winner[0]) ?? []), district])
  }
  const now = quote(new Date().toISOString())
  for (const key of keys) {
    const existing = await db.rows(`SELECT "id" FROM "localities" WHERE "slug" = ${quote(key)}`)
    if (existing.length > 0) continue
    await db.run(
      `INSERT INTO "localities" ("slug", "updated_at", "created_at") VALUES (${quote(key)}, ${now}, ${now})`,
    )
    const [row] = await db.rows(`SELECT "id" FROM "localities" WHERE "slug" = ${quote(key)}`)
    const id = Number(row?.id)
    await db.run(
      `INSERT INTO "localities_locales" ("name", "_locale", "_parent_id") VALUES (${quote(nameOf(key))}, 'en', ${id})`,
    )
    let order = 1
    for (const district of districtsOf.get(key) ?? []) {
      await db.run(
        `INSERT INTO "localities_texts" ("order", "parent_id", "path", "text") VALUES (${order++}, ${id}, 'postcodeAreas', ${quote(district)})`,
      )
    }
  }
}
