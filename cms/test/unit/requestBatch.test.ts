import { describe, expect, it } from 'vitest'

import { requestBatch } from '../../src/db/requestBatch'

describe('requestBatch', () => {
  it('collects only while a run is open on that request', async () => {
    const batch = requestBatch<string>()
    const req = {}
    const flushed: string[][] = []
    expect(batch.collector(req)).toBeUndefined()
    expect(batch.collector(undefined)).toBeUndefined()
    await batch.run(
      req,
      async () => {
        batch.collector(req)!.push('a')
        expect(batch.collector({})).toBeUndefined() // another request has no batch
        batch.collector(req)!.push('b')
      },
      async (items) => {
        flushed.push(items)
      },
    )
    expect(flushed).toEqual([['a', 'b']])
    expect(batch.collector(req)).toBeUndefined()
  })

  it('lets a nested run join the outer one: one flush, at the end', async () => {
    const batch = requestBatch<number>()
    const req = {}
    const flushed: number[][] = []
    const flush = async (items: number[]) => {
      flushed.push(items)
    }
    const result = await batch.run(
      req,
      async () => {
        batch.collector(req)!.push(1)
        await batch.run(req, async () => batch.collector(req)!.push(2), flush)
        expect(flushed).toEqual([])
        return 'done'
      },
      flush,
    )
    expect(result).toBe('done')
    expect(flushed).toEqual([[1, 2]])
  })

  it('flushes nothing when the work fails, unless asked to, and keeps the work’s error', async () => {
    const batch = requestBatch<string>()
    const failing = (req: object) => async () => {
      batch.collector(req)!.push('written before the failure')
      throw new Error('the work failed')
    }
    const flushed: string[][] = []
    const flush = async (items: string[]) => {
      flushed.push(items)
    }
    const req = {}
    await expect(batch.run(req, failing(req), flush)).rejects.toThrow('the work failed')
    expect(flushed).toEqual([])
    await expect(batch.run(req, failing(req), flush, { alsoAfterFailure: true })).rejects.toThrow(
      'the work failed',
    )
    expect(flushed).toEqual([['written before the failure']])
    expect(batch.collector(req)).toBeUndefined()
  })
})
