// @ts-check
/**
 * One language's Pagefind index, in a worker thread of indexSite.mjs: each worker has its own
 * Pagefind service (a process), so the languages are indexed and written side by side. The pages
 * arrive as messages `{ sourcePath, content }`, in the order indexSite.mjs read them, and are
 * given to Pagefind in that order; `{ done: true }` writes the index to `outputPath`.
 *
 * Answers: `{ added: 1 }` for each page Pagefind has indexed (indexSite.mjs reads no further
 * ahead than it can hold), then `{ written: true }`, or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads'

import * as pagefind from 'pagefind'

/** @type {{ excludeSelectors: string[], outputPath: string, inFlight: number }} */
const { excludeSelectors, outputPath, inFlight } = workerData
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort)

/** @type {{ sourcePath: string, content: string }[]} */
const queue = []
let waiting = 0
let done = false
let writing = false
let failed = false

/** @param {unknown} error */
function fail(error) {
  if (failed) return
  failed = true
  port.postMessage({ error: error instanceof Error ? error.message : String(error) })
  void pagefind.close()
}

const created = await pagefind.createIndex({ excludeSelectors })
if (!created.index) {
  fail(new Error(`Pagefind could not start: ${created.errors.join('; ')}`))
}
const index = /** @type {import('pagefind').PagefindIndex} */ (created.index)

async function write() {
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  await pagefind.close()
  port.postMessage({ written: true })
}

function pump() {
  if (failed) return
  while (waiting < inFlight && queue.length > 0) {
    const { sourcePath, content } = /** @type {{ sourcePath: string, content: string }} */ (
      queue.shift()
    )
    waiting++
    index.addHTMLFile({ sourcePath, content }).then((added) => {
      waiting--
      if (added.errors.length > 0) {
        fail(new Error(`${sourcePath}: ${added.errors.join('; ')}`))
        return
      }
      port.postMessage({ added: 1 })
      pump()
    }, fail)
  }
  if (done && !writing && waiting === 0 && queue.length === 0) {
    writing = true
    write().catch(fail)
  }
}

port.on('message', (/** @type {{ sourcePath: string, content: string } | { done: true }} */ m) => {
  if ('done' in m) done = true
  else queue.push(m)
  pump()
})
