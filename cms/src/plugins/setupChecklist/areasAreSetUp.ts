import { localities } from '@local-offer/shared'
import type { Payload } from 'payload'

/**
 * Whether the council has at least one area (locality) of its own, for the setup checklist.
 * Today localities are a list in code (`shared/src/localities.ts`), so this answers from that
 * list; when localities become a collection officers manage, this asks the database instead
 * (and `AREAS_ADMIN_PATH` names their admin page) — the only two things to change here.
 */
export async function areasAreSetUp(_payload: Payload): Promise<boolean> {
  // "out-of-area" is provision outside the council's area, not one of its areas.
  return localities.some((locality) => locality.value !== 'out-of-area')
}

/** Where officers set up areas in the admin (relative to the admin route); none yet. */
export const AREAS_ADMIN_PATH: string | undefined = undefined
