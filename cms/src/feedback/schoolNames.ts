import type { PayloadRequest } from 'payload'

/** Organisation types whose names identify where a child goes to school or nursery. */
const SCHOOL_TYPES = ['school', 'early-years', 'college'] as const

/**
 * The names of schools, colleges and early years settings, which redaction replaces with [school]
 * wherever a comment mentions one, whatever its case: the LA's own organisations of those types
 * and the list of schools the council loads (the `school-names` collection, filled from the DfE's
 * "Get Information about Schools" by `pnpm --filter @local-offer/scripts import:schools`).
 */
export async function schoolNames(req: PayloadRequest): Promise<string[]> {
  const [organisations, loaded] = await Promise.all([
    req.payload.find({
      collection: 'organisations',
      where: { type: { in: [...SCHOOL_TYPES] } },
      select: { name: true },
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'school-names',
      select: { name: true },
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const names = [...organisations.docs, ...loaded.docs].map((doc) => doc.name.trim())
  return [...new Set(names.filter((name) => name.length > 0))]
}
