import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  plannerStatisticsKeptFresh,
  refreshPlannerStatistics,
} from '../../src/db/plannerStatistics'

/** A Payload whose database adapter only records the statements it is given. */
function recordingPayload(name: 'postgres' | 'sqlite' | 'mongoose') {
  const statements: string[] = []
  const run = async (sql: string) => {
    statements.push(sql)
  }
  const payload = { db: { name, pool: { query: run }, client: { execute: run } } }
  return { payload: payload as unknown as Payload, statements }
}

describe('refreshPlannerStatistics', () => {
  it('analyses PostgreSQL through its pool', async () => {
    const { payload, statements } = recordingPayload('postgres')
    await refreshPlannerStatistics(payload)
    expect(statements).toEqual(['ANALYZE'])
  })

  it('analyses SQLite within its sampling limit', async () => {
    const { payload, statements } = recordingPayload('sqlite')
    await refreshPlannerStatistics(payload)
    expect(statements).toEqual(['PRAGMA analysis_limit = 1000', 'ANALYZE'])
  })

  it('leaves MongoDB alone: it has no planner statistics', async () => {
    const { payload, statements } = recordingPayload('mongoose')
    await refreshPlannerStatistics(payload)
    expect(statements).toEqual([])
  })
})

describe('plannerStatisticsKeptFresh', () => {
  it('refreshes each time the rows written have doubled since the last refresh', async () => {
    const { payload, statements } = recordingPayload('postgres')
    const keepFresh = plannerStatisticsKeptFresh(payload)
    const refreshedAt: number[] = []
    for (const written of [50, 100, 150, 200, 300, 399, 400, 401, 1000, 1500, 1600, 3199, 3200]) {
      const before = statements.length
      await keepFresh(written)
      if (statements.length > before) refreshedAt.push(written)
    }
    // 100, 200, 400, then 1,000 passes 800 (next 1,600), then 3,200.
    expect(refreshedAt).toEqual([100, 200, 400, 1000, 1600, 3200])
  })

  it('refreshes about log₂(N / 100) times for a load of N rows in batches', async () => {
    const { payload, statements } = recordingPayload('postgres')
    const keepFresh = plannerStatisticsKeptFresh(payload)
    for (let written = 100; written <= 10_000; written += 100) await keepFresh(written)
    expect(statements).toHaveLength(7) // 100, 200, 400, 800, 1,600, 3,200, 6,400
  })
})
