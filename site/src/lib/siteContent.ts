/**
 * The listings and information pages from the content store, read once per build (see
 * onceInBuild): a category, A to Z, search or listing route each asked for every listing, and
 * Astro copied all of them each time (at 1,000 listings, ~60 copies of every listing a build).
 * Shared by every page: map or filter into a new array before sorting.
 */
import { getCollection } from 'astro:content'

import { noteContentRead } from '../incremental/renderReads'
import { onceInBuild } from './onceInBuild'

const everyListing = onceInBuild(() => getCollection('services'))
const everyPage = onceInBuild(() => getCollection('pages'))

/** Every listing. Not while a listing's own pages are made (incremental/renderReads.ts). */
export const serviceEntries = () => {
  noteContentRead('every listing')
  return everyListing()
}

/** Every information page. Not while a listing's own pages are made. */
export const pageEntries = () => {
  noteContentRead('every information page')
  return everyPage()
}
