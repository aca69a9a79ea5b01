/**
 * One site build's incremental-publishing state, shared between the integration (loaded with
 * astro.config) and the pages and middleware (bundled by Vite and run by the same Node process
 * when Astro renders them). Two module graphs, one process: the state lives on globalThis.
 */
import type { ItemPageRecord, SiteBuildManifest } from '@local-offer/shared/siteBuildManifest'

import type { ReusedPageLinker } from './reusedPageLinker'

export interface IncrementalBuildState {
  /** The previous build's manifest, when this build may reuse its pages. */
  previous: SiteBuildManifest | null
  /** Why this build makes every page even though there is a previous build. */
  fullBecause: string | null
  /** The fingerprint of the site's code and build settings. */
  code: string
  /** The fingerprint of what every page reads (set when the first item route asks). */
  siteInputs: string | null
  /** Decided when the first item route asks: reuse unchanged item pages or make them all. */
  mode: 'full' | 'incremental' | null
  itemPages: Map<string, ItemPageRecord>
  reused: Set<string>
  /** The listings' search index parts this build made and reused (searchIndex/reusedParts.ts). */
  indexOnlyParts: { made: number; reused: number } | null
  /** Links reused pages into the build as they are decided (given the earlier release's folder). */
  linker: ReusedPageLinker | null
}

const KEY = Symbol.for('local-offer.incrementalBuild')

type WithState = typeof globalThis & { [KEY]?: IncrementalBuildState }

/** This process's build state (a fresh one if the integration did not start one: dev, tests). */
export function buildState(): IncrementalBuildState {
  const holder = globalThis as WithState
  holder[KEY] ??= freshState(null, '', null)
  return holder[KEY]
}

export function startBuildState(
  previous: SiteBuildManifest | null,
  code: string,
  fullBecause: string | null,
  linker: ReusedPageLinker | null = null,
): IncrementalBuildState {
  const state = { ...freshState(previous, code, fullBecause), linker }
  ;(globalThis as WithState)[KEY] = state
  return state
}

function freshState(
  previous: SiteBuildManifest | null,
  code: string,
  fullBecause: string | null,
): IncrementalBuildState {
  return {
    previous,
    fullBecause,
    code,
    siteInputs: null,
    mode: null,
    itemPages: new Map(),
    reused: new Set(),
    indexOnlyParts: null,
    linker: null,
  }
}
