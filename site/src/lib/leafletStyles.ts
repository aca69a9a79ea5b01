/**
 * Leaflet's stylesheet, added to the page when a map is first drawn (a listing's "Show map", the
 * search page's map), from /vendor/leaflet.css (pages/vendor/leaflet.css.ts): a CSS import in
 * these lazily loaded modules left the build without the file, the chunk's preload of it failed
 * (404) and no map was drawn. Resolves once the styles have loaded, or failed to (the map is
 * still usable without them, only unstyled).
 */
const leafletCssUrl = '/vendor/leaflet.css'

let loading: Promise<void> | undefined

export function loadLeafletStyles(): Promise<void> {
  loading ??= new Promise((resolve) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = leafletCssUrl
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => resolve())
    document.head.append(link)
  })
  return loading
}
