import { setupStrings as s } from './strings'

/** What the checklist knows about the installation (read by `setupFacts`). */
export interface SetupFacts {
  /** Required council settings still missing (empty when complete), by their labels. */
  missingCouncilSettings: readonly string[]
  areasSetUp: boolean
  organisations: number
  providers: number
  publishedListings: number
  accessibilityReviewed: boolean
}

export type SetupItemKey = keyof typeof s.items

export interface SetupItem {
  key: SetupItemKey
  label: string
  done: boolean
  /** What it means (done) or what to do next (to do). */
  text: string
  /** The admin page to do it on (the admin route included); none when there is no page for it. */
  href?: string
  action: string
}

export interface SetupAdminPaths {
  /** The admin route, like `/admin`. */
  admin: string
  /** The areas' admin page under it, while there is none: undefined. */
  areas?: string
}

/** The checklist, one item per step of a council's first day, in the order they are done. */
export function setupChecklist(facts: SetupFacts, paths: SetupAdminPaths): SetupItem[] {
  const { admin } = paths
  const item = (
    key: SetupItemKey,
    done: boolean,
    toDo: string,
    href: string | undefined,
  ): SetupItem => ({
    key,
    label: s.items[key].label,
    done,
    text: done ? s.items[key].done : toDo,
    href,
    action: s.items[key].action,
  })
  return [
    item(
      'councilSettings',
      facts.missingCouncilSettings.length === 0,
      s.items.councilSettings.toDo(facts.missingCouncilSettings),
      `${admin}/globals/council-settings`,
    ),
    item(
      'areas',
      facts.areasSetUp,
      s.items.areas.toDo,
      paths.areas === undefined ? undefined : `${admin}${paths.areas}`,
    ),
    item(
      'organisation',
      facts.organisations > 0,
      s.items.organisation.toDo,
      `${admin}/collections/organisations/create`,
    ),
    item('provider', facts.providers > 0, s.items.provider.toDo, `${admin}/invite-provider`),
    item(
      'listing',
      facts.publishedListings > 0,
      s.items.listing.toDo,
      `${admin}/collections/services/create`,
    ),
    item(
      'accessibilityReviewed',
      facts.accessibilityReviewed,
      s.items.accessibilityReviewed.toDo,
      `${admin}/globals/council-settings`,
    ),
  ]
}

export const allDone = (items: readonly SetupItem[]) => items.every((item) => item.done)
