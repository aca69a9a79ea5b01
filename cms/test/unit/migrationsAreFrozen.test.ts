import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * A past migration must run the same SQL on every database it ever meets, so it may import only
 * the database adapters, date libraries, its own folder's index and the frozen helpers beside it:
 * never live application code or constants, which change after the migration was written.
 */
const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/migrations',
)
const allowed = [
  /^@payloadcms\/db-(sqlite|postgres|mongodb)$/,
  /^date-fns(\/\w+)?$/, // the library, or one of its functions' own paths
  /^@date-fns\/tz$/,
  /^\.\/[\w.-]+$/, // the folder's index.ts importing its migrations
  /^\.\.\/frozen\/[\w.-]+$/,
]

const migrationFiles = ['sqlite', 'postgres', 'mongodb', 'frozen'].flatMap((folder) =>
  readdirSync(path.join(migrationsDir, folder))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file)),
)

const importsOf = (source: string) =>
  [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  )

describe('past migrations', () => {
  it.each(migrationFiles)('%s imports nothing from live application code', (file) => {
    const source = readFileSync(path.join(migrationsDir, file), 'utf8')
    const live = importsOf(source).filter((specifier) => !allowed.some((ok) => ok.test(specifier)))
    expect(live).toEqual([])
  })
})
