import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { inTransaction } from '../../src/db/inTransaction'

/** A request whose database records what happens to its transactions. */
function requestOn(database: { transactions: boolean }) {
  const events: string[] = []
  const db = {
    ...(database.transactions
      ? {
          beginTransaction: async () => {
            events.push('begin')
            return 'tx-1'
          },
        }
      : {}),
    commitTransaction: async (id: unknown) => {
      events.push(`commit ${String(id)}`)
    },
    rollbackTransaction: async (id: unknown) => {
      events.push(`rollback ${String(id)}`)
    },
  }
  const req = { payload: { db } } as unknown as PayloadRequest
  return { req, events }
}

describe('inTransaction', () => {
  it('commits when the work succeeds', async () => {
    const { req, events } = requestOn({ transactions: true })
    const result = await inTransaction(req, async ({ started }) => {
      events.push(`work (transaction ${started ? 'started' : 'not started'})`)
      return 42
    })
    expect(result).toBe(42)
    expect(events).toEqual(['begin', 'work (transaction started)', 'commit tx-1'])
    expect(req.transactionID).toBeUndefined()
  })

  it('rolls back and rethrows when the work fails', async () => {
    const { req, events } = requestOn({ transactions: true })
    const failure = new Error('refused')
    await expect(
      inTransaction(req, async () => {
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(events).toEqual(['begin', 'rollback tx-1'])
  })

  it('rolls back a dry run that succeeds', async () => {
    const { req, events } = requestOn({ transactions: true })
    expect(await inTransaction(req, async () => 'report', { rollBack: true })).toBe('report')
    expect(events).toEqual(['begin', 'rollback tx-1'])
  })

  it('just runs the work where the database has no transactions, and says so', async () => {
    const { req, events } = requestOn({ transactions: false })
    const started = await inTransaction(req, async (transaction) => transaction.started)
    expect(started).toBe(false)
    expect(events).toEqual([])
  })

  it('leaves a transaction someone else started for them to commit', async () => {
    const { req, events } = requestOn({ transactions: true })
    req.transactionID = 'outer'
    const started = await inTransaction(req, async (transaction) => transaction.started)
    expect(started).toBe(false)
    expect(events).toEqual([])
    expect(req.transactionID).toBe('outer')
  })
})
