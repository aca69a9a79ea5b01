import type { SiteBuild } from '../../payload-types'

/** A document a published build left out, as the Site builds record keeps it (heldBack). */
export interface HeldBackRecord {
  collection: 'services' | 'pages'
  /** The document's id, when it could be found. */
  id: string | null
  title: string
  slug: string | null
  reason: string
  /** True: the site still shows its page from the previous release; false: it is not on the site. */
  keptPrevious: boolean
}

/** The records a build kept (its json field), read back. */
export function heldBackOf(build: Pick<SiteBuild, 'heldBack'> | undefined): HeldBackRecord[] {
  return Array.isArray(build?.heldBack) ? (build.heldBack as unknown as HeldBackRecord[]) : []
}
