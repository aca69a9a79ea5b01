/**
 * Leaflet's stylesheet as a file of the site (/vendor/leaflet.css), for the maps that load it when
 * drawn (lib/leafletStyles.ts). A CSS import in those lazily loaded modules gave a chunk that
 * preloads /_astro/leaflet.*.css, a file Astro's static build does not write (404: no map drawn).
 */
import type { APIRoute } from 'astro'
import leafletCss from 'leaflet/dist/leaflet.css?raw'

export const GET: APIRoute = () =>
  new Response(leafletCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
