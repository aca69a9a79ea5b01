/**
 * Documents the publish command holds back from this build (SITE_HOLD_BACK), because they failed
 * the build's checks: a broken link on their page, or content the site cannot use. The rest of
 * the site is built without them (docs/publishing.md, "One bad listing never blocks the site").
 *
 * SITE_HOLD_BACK is JSON: { "<collection>": ["<id or slug>", …], … }.
 */
export type HeldBack = Readonly<Record<string, readonly string[]>>

export function heldBackFromEnv(env: Record<string, string | undefined> = process.env): HeldBack {
  const value = env.SITE_HOLD_BACK?.trim()
  if (!value) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    throw new Error(`SITE_HOLD_BACK must be JSON like {"services":["12"]}, not "${value}"`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`SITE_HOLD_BACK must be a JSON object like {"services":["12"]}`)
  }
  const heldBack: Record<string, string[]> = {}
  for (const [collection, keys] of Object.entries(parsed)) {
    if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string')) {
      throw new Error(`SITE_HOLD_BACK's "${collection}" must be a list of ids or slugs`)
    }
    heldBack[collection] = keys as string[]
  }
  return heldBack
}

/** Whether a document the CMS sent (not yet checked) is held back by its id or its slug. */
export function isHeldBack(collection: string, doc: unknown, heldBack: HeldBack): boolean {
  const keys = heldBack[collection]
  if (!keys || keys.length === 0 || typeof doc !== 'object' || doc === null) return false
  const { id, slug } = doc as { id?: unknown; slug?: unknown }
  return (
    (id !== undefined && keys.includes(String(id))) ||
    (typeof slug === 'string' && keys.includes(slug))
  )
}
