import { readFileSync } from 'node:fs'

import { startTestPayload, type TestPayload } from '@local-offer/cms/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importSchools } from '../src/schools/importSchools'
import { decodeGias, readGias } from '../src/schools/readGias'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
}, 300_000)
afterAll(async () => t?.shutdown())

const { schools } = readGias(
  decodeGias(readFileSync(new URL('./fixtures/gias-sample.csv', import.meta.url))),
  { la: 'Westbridge' },
)

describe('importing schools into the CMS', () => {
  it('writes nothing on a dry run', async () => {
    const report = await importSchools(t.payload, schools, { dryRun: true })
    expect(report).toEqual({ created: 8, updated: 0, unchanged: 0 })
    expect((await t.payload.count({ collection: 'school-names' })).totalDocs).toBe(0)
  })

  it('stores each school once, reports progress, and changes nothing the second time', async () => {
    const progress: number[] = []
    const first = await importSchools(t.payload, schools, {
      dryRun: false,
      onProgress: (done) => progress.push(done),
    })
    expect(first).toEqual({ created: 8, updated: 0, unchanged: 0 })
    expect(progress.at(-1)).toBe(8)
    const again = await importSchools(t.payload, schools, { dryRun: false })
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 8 })
    const { docs } = await t.payload.find({ collection: 'school-names', limit: 0 })
    expect(docs).toHaveLength(8)
    expect(docs.every((d) => d.source === 'gias' && d.importedAt)).toBe(true)
  })

  it('updates a school that was renamed', async () => {
    const renamed = schools.map((s) =>
      s.urn === '900002' ? { ...s, name: 'Kingsmead Community Academy' } : s,
    )
    expect(await importSchools(t.payload, renamed, { dryRun: false })).toEqual({
      created: 0,
      updated: 1,
      unchanged: 7,
    })
  })
})
