import toSnakeCase from 'to-snake-case'

import type { SqlAdapter } from './drizzleInternals'

/**
 * The table a SQL adapter keeps a collection's documents in (or, with `versions`, its versions),
 * found as Payload's adapter finds it: the slug in snake case (`audit-log` → `audit_log`), with the
 * same `to-snake-case` Payload uses, looked up in the adapter's map of table names (which may
 * shorten or rename them). Throws when there is none, rather than letting a bulk write fall back
 * to one write a document without saying so.
 */
export function collectionTableName(
  adapter: SqlAdapter,
  slug: string,
  options: { versions?: boolean } = {},
): string {
  const key = options.versions
    ? `_${toSnakeCase(slug)}${adapter.versionsSuffix}`
    : toSnakeCase(slug)
  const tableName = adapter.tableNameMap.get(key)
  if (!tableName) {
    throw new Error(
      `The database has no table for ${slug}${options.versions ? "'s versions" : ''} (looked for ${key}).`,
    )
  }
  return tableName
}
