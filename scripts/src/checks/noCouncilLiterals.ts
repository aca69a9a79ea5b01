/**
 * The no-council-literals check (issue 12): nothing that names the demo council may be written
 * in cms/src, site/src or shared/src, so that any council can run the product from its own
 * settings. Run by the scripts package's lint script (CI); fails naming each file and line.
 *
 *   pnpm --filter @local-offer/scripts check:council-literals
 *
 * The words are the demo's, from its seed data. Left out: tests beside the code (`*.test.ts`),
 * which may use the demo's words, and the committed migrations (frozen history, never edited).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { councilLiterals } from '../seed/data/council.js'
import {
  checkCouncilLiterals,
  describeResult,
  findCouncilLiterals,
  type SourceFile,
} from './councilLiterals.js'
import { pendingCouncilLiterals } from './pendingCouncilLiterals.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const CHECKED_FOLDERS = ['cms/src', 'site/src', 'shared/src'] as const
const TEXT_FILE = /\.(ts|tsx|mts|js|mjs|astro|json|scss|css|md|html|svg)$/
const SKIPPED = [/\.test\.tsx?$/, /^cms\/src\/migrations\//, /(^|\/)node_modules\//]

/** The files the check reads: text files under the checked folders, tests and migrations left out. */
export function checkedFiles(root = ROOT): SourceFile[] {
  const files: SourceFile[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`
      if (SKIPPED.some((pattern) => pattern.test(relative))) continue
      if (entry.isDirectory()) walk(relative)
      else if (TEXT_FILE.test(entry.name))
        files.push({ path: relative, text: readFileSync(path.join(root, relative), 'utf8') })
    }
  }
  for (const folder of CHECKED_FOLDERS) walk(folder)
  return files
}

function main(): void {
  const files = checkedFiles()
  const result = checkCouncilLiterals(
    findCouncilLiterals(files, councilLiterals),
    pendingCouncilLiterals,
  )
  const problems = describeResult(result)
  if (problems.length > 0) {
    console.error(
      `Council-specific words in the product's code (${CHECKED_FOLDERS.join(', ')}):\n  ${problems.join('\n  ')}`,
    )
    process.exitCode = 1
    return
  }
  console.log(
    `No council-specific words in ${files.length} files (${pendingCouncilLiterals.length} lines pending issue 12 item 2).`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
