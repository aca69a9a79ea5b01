#!/usr/bin/env node
/**
 * Stands in for the site's publish command in severalInstances.spec.ts, doing what matters to it
 * the way the real one does (scripts/src/publish/releases.ts): builds into a partial folder, and
 * only when the build is complete renames it to a release and switches the `live` link with an
 * atomic rename. Usage: fakePublish.mjs <folder> --report-file <file>
 *
 * Appends its process id to <folder>/invocations when it starts (so the test counts real builds
 * and can kill one), and while <folder>/hold exists it waits, half built, before finishing.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

const [folder, flag, reportFile] = process.argv.slice(2)
if (!folder || flag !== '--report-file' || !reportFile) {
  console.error('usage: fakePublish.mjs <folder> --report-file <file>')
  process.exit(2)
}
appendFileSync(path.join(folder, 'invocations'), `${process.pid}\n`)
const releases = path.join(folder, 'releases')
const name = `r-${Date.now()}-${process.pid}`
const partial = path.join(releases, `.partial-${name}`)
mkdirSync(partial, { recursive: true })
writeFileSync(path.join(partial, 'index.html'), '<p>half built</p>')
while (existsSync(path.join(folder, 'hold'))) await new Promise((r) => setTimeout(r, 100))
writeFileSync(path.join(partial, 'index.html'), `<p>complete ${name}</p>`)
renameSync(partial, path.join(releases, name))
const link = path.join(releases, `.live-${process.pid}`)
symlinkSync(name, link, 'dir')
renameSync(link, path.join(releases, 'live'))
writeFileSync(reportFile, JSON.stringify({ ok: true, action: 'publish', release: name, pages: 1 }))
console.log(`Published ${name}`)
