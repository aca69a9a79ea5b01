import type { Payload } from 'payload'

import { yieldToEventLoop } from '../bulk/yieldToEventLoop.js'
import type { GiasSchool } from './readGias.js'

export interface SchoolImportReport {
  created: number
  updated: number
  unchanged: number
}

/**
 * Stores the schools in the `school-names` collection, by URN: new ones are created, renamed
 * ones updated, the rest left alone. Schools no longer in the extract are kept (a family may
 * still name a school that has closed). Run it again with the same file and nothing changes.
 */
export async function importSchools(
  payload: Payload,
  schools: readonly GiasSchool[],
  options: { dryRun: boolean; now?: Date; onProgress?: (done: number, total: number) => void },
): Promise<SchoolImportReport> {
  const report: SchoolImportReport = { created: 0, updated: 0, unchanged: 0 }
  const existing = await payload.find({
    collection: 'school-names',
    where: { source: { equals: 'gias' } },
    select: { urn: true, name: true },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const byUrn = new Map(existing.docs.map((doc) => [doc.urn ?? '', doc]))
  const importedAt = (options.now ?? new Date()).toISOString()
  for (const [index, school] of schools.entries()) {
    const found = byUrn.get(school.urn)
    if (found && found.name === school.name) {
      report.unchanged++
    } else if (found) {
      report.updated++
      if (!options.dryRun) {
        await payload.update({
          collection: 'school-names',
          id: found.id,
          data: { name: school.name, importedAt },
        })
      }
    } else {
      report.created++
      if (!options.dryRun) {
        await payload.create({
          collection: 'school-names',
          data: { name: school.name, urn: school.urn, source: 'gias', importedAt },
        })
      }
    }
    options.onProgress?.(index + 1, schools.length)
    await yieldToEventLoop()
  }
  return report
}
