/** The states of a site build, in words (the admin shows the words, not only a colour). */
export const siteBuildStatuses = [
  { value: 'queued', label: 'Waiting to start' },
  { value: 'running', label: 'Building' },
  { value: 'succeeded', label: 'Published' },
  { value: 'failed', label: 'Failed: the site was not changed' },
] as const

export type SiteBuildStatus = (typeof siteBuildStatuses)[number]['value']

/**
 * Each build holds one "slot" value, unique across the collection: `queued` for the one build
 * waiting to start, `running` for the one being built, `done:<id>` once finished. The database's
 * unique index then guarantees at most one queued and one running build, whatever runs at once.
 */
export const QUEUED_SLOT = 'queued'
export const RUNNING_SLOT = 'running'
export const doneSlot = (id: string | number) => `done:${id}`
