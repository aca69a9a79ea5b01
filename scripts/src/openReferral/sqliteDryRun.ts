/**
 * A dry run that does exactly what the real run would, where the database has no transactions
 * to roll back (Payload runs SQLite without them): the real import runs against a throwaway
 * copy of the SQLite file, so the CMS's own validation (postcodes, ages, unique slugs) is in
 * the report, and the real database is not touched. PostgreSQL dry runs roll a transaction
 * back instead (importFeed).
 */
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The file of a `file:` SQLite URL, or undefined for any other database. */
export function sqliteFileOf(url: string): string | undefined {
  if (!/^file:/i.test(url)) return undefined
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length)
}

/** Runs `work` with the URL of a copy of the SQLite database at `url`, then deletes the copy. */
export async function withSqliteCopy<T>(
  url: string,
  work: (copyUrl: string) => Promise<T>,
): Promise<T> {
  const file = sqliteFileOf(url)
  if (!file) throw new Error(`${url} is not a SQLite file`)
  const folder = await mkdtemp(path.join(tmpdir(), 'local-offer-dry-run-'))
  const copy = path.join(folder, path.basename(file))
  try {
    // The write-ahead log holds the latest writes when the database is in WAL mode.
    for (const suffix of ['', '-wal', '-shm']) {
      if (await stat(`${file}${suffix}`).catch(() => undefined)) {
        await copyFile(`${file}${suffix}`, `${copy}${suffix}`)
      }
    }
    return await work(`file:${copy}`)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
