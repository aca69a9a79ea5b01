import type { PayloadRequest } from 'payload'

/** Organisation types whose names identify where a child goes to school or nursery. */
const SCHOOL_TYPES = ['school', 'early-years', 'college'] as const

/**
 * The names of the LA's schools, colleges and early years settings, which redaction replaces
 * with [school] wherever a comment mentions one.
 */
export async function schoolNames(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { type: { in: [...SCHOOL_TYPES] } },
    select: { name: true },
    limit: 0,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((organisation) => organisation.name).filter((name) => name.length > 0)
}
