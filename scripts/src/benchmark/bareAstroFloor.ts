/**
 * The framework floor: a bare Astro project (the site's own installed Astro, nothing fetched)
 * that builds the same number of trivial pages as the real site, so the benchmark can show how
 * much of the site's build time is Astro itself. The project is written to a temporary folder
 * whose node_modules links to the site's.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { run } from '../site/childProcess.js'
import { siteDir } from '../site/workspacePaths.js'

export interface FloorReport {
  pages: number
  seconds: number
}

const CONFIG = `import { defineConfig } from 'astro/config'
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.FLOOR_OUT_DIR,
  devToolbar: { enabled: false },
})
`

const PAGE = `---
export function getStaticPaths() {
  const count = Number(process.env.FLOOR_PAGES)
  return Array.from({ length: count }, (_, index) => ({
    params: { slug: \`page-\${index + 1}\` },
    props: { index: index + 1 },
  }))
}
const { index } = Astro.props
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {index}</title></head>
  <body><h1>Page {index}</h1><p>A trivial page for the framework floor.</p></body>
</html>
`

export async function buildBareAstroFloor(
  pages: number,
  log: (line: string) => void,
): Promise<FloorReport> {
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-floor-'))
  try {
    await mkdir(path.join(dir, 'src', 'pages'), { recursive: true })
    await symlink(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
    await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG)
    await writeFile(path.join(dir, 'src', 'pages', '[slug].astro'), PAGE)
    const bin = path.join(siteDir, 'node_modules', '.bin')
    const outDir = path.join(dir, 'dist')
    const started = Date.now()
    await run(path.join(bin, 'astro'), ['build'], {
      cwd: dir,
      env: {
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        FLOOR_PAGES: String(pages),
        FLOOR_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      prefix: '[floor] ',
      log,
    })
    const seconds = (Date.now() - started) / 1000
    const built = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'))
    if (built.length !== pages) {
      throw new Error(`The bare Astro project built ${built.length} pages, not ${pages}.`)
    }
    return { pages, seconds }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
