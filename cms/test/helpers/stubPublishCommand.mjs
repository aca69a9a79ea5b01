#!/usr/bin/env node
/**
 * Stands in for the site's publish command in tests:
 *   node stubPublishCommand.mjs <folder> --report-file <file>
 * Appends one line to <folder>/invocations each time it runs (so a test counts real runs), then,
 * as <folder>/mode says (default ok): succeeds, fails with a reason in its report ("fail"), fails
 * printing only a last line ("fail-silently"), or waits for <folder>/finish to exist before
 * succeeding ("wait": a build that is running until the test lets it finish), or succeeds holding
 * back the documents in <folder>/held-back ("held-back").
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [folder, flag, reportFile] = process.argv.slice(2)
if (!folder || flag !== '--report-file' || !reportFile) {
  console.error('usage: stubPublishCommand.mjs <folder> --report-file <file>')
  process.exit(2)
}
const modeFile = path.join(folder, 'mode')
const mode = existsSync(modeFile) ? readFileSync(modeFile, 'utf8').trim() : 'ok'
appendFileSync(path.join(folder, 'invocations'), `${new Date().toISOString()} ${mode}\n`)
const report = (data) => writeFileSync(reportFile, JSON.stringify(data))

if (mode === 'wait') {
  const file = path.join(folder, 'finish')
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 50))
}
console.log('1/5 Checking the CMS…')
if (mode === 'fail') {
  report({
    ok: false,
    action: 'publish',
    reason: 'The CMS at http://127.0.0.1:9 could not be reached.',
  })
  console.error('✖ Not published: the CMS could not be reached.')
  process.exit(1)
}
if (mode === 'fail-silently') {
  console.error('Something broke in a way the command did not explain')
  process.exit(3)
}
// "held-back": succeeds, reporting the documents listed in <folder>/held-back as held back.
const heldBack =
  mode === 'held-back'
    ? JSON.parse(readFileSync(path.join(folder, 'held-back'), 'utf8'))
    : undefined
report({ ok: true, action: 'publish', release: '20261125-120000-000', pages: 1234, heldBack })
console.log('✔ Published')
