/**
 * The listings and information pages from the content store, read once per build (see
 * onceInBuild): a category, A to Z, search or listing route each asked for every listing, and
 * Astro copied all of them each time (at 1,000 listings, ~60 copies of every listing a build).
 * Shared by every page: map or filter into a new array before sorting.
 */
import { getCollection } from 'astro:content'

import { onceInBuild } from './onceInBuild'

export const serviceEntries = onceInBuild(() => getCollection('services'))
export const pageEntries = onceInBuild(() => getCollection('pages'))
