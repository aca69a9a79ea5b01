/**
 * The pages made once per item (a listing and its "Report a problem" page, in each language):
 * their getStaticPaths entries pass through `onlyChangedItems`, which records each page's inputs
 * and, in an incremental build, leaves out the pages whose inputs are what the previous build
 * made them from. Those are linked from the previous build's release into this build's folder as
 * they are decided (reusedPageLinker.ts; or by the publish command after the build:
 * scripts/src/site/reusedPages.ts), so the release is what a full build makes.
 */
import { buildState, type IncrementalBuildState } from './buildState'
import { propsFingerprint } from './fingerprint'
import { siteInputsFingerprint } from './siteInputs'

let deciding: Promise<IncrementalBuildState['mode']> | null = null

/** Full or incremental, decided once per build when the first item route asks. */
async function decideMode(state: IncrementalBuildState): Promise<'full' | 'incremental'> {
  deciding ??= (async () => {
    state.siteInputs = await siteInputsFingerprint()
    const { previous } = state
    if (state.fullBecause === null) {
      if (!previous) state.fullBecause = 'there is no earlier build to reuse pages from'
      else if (previous.code !== state.code)
        state.fullBecause = "the site's code or build settings changed"
      else if (previous.siteInputs !== state.siteInputs)
        state.fullBecause =
          'the council settings, comment retention, localities, vocabularies or glossary changed'
    }
    state.mode = state.fullBecause === null ? 'incremental' : 'full'
    return state.mode
  })()
  return (await deciding) ?? 'full'
}

export async function onlyChangedItems<Entry extends { props: object }>(
  entries: readonly Entry[],
  pathOf: (entry: Entry) => string,
): Promise<Entry[]> {
  // The development server makes every page on request.
  if (!import.meta.env.PROD) return [...entries]
  const state = buildState()
  const mode = await decideMode(state)
  const previousPages = state.previous?.itemPages ?? {}
  const madeAfterAll: string[] = []
  const made = entries.filter((entry) => {
    const pagePath = pathOf(entry)
    const inputs = propsFingerprint(entry.props)
    const before = previousPages[pagePath]
    if (mode === 'incremental' && before?.inputs === inputs) {
      state.itemPages.set(pagePath, { inputs, assets: before.assets })
      state.reused.add(pagePath)
      state.linker?.link(pagePath)
      return false
    }
    state.itemPages.set(pagePath, { inputs, assets: [] })
    if (state.reused.delete(pagePath)) madeAfterAll.push(pagePath)
    return true
  })
  // Astro writes these pages once this returns: none of them may be a link to the earlier release.
  await Promise.all(madeAfterAll.map((pagePath) => state.linker?.unlink(pagePath)))
  return made
}

/** For tests: forget the decision, as a new build process would. */
export function forgetModeDecision(): void {
  deciding = null
}
