/**
 * A listing's venue on a small map, drawn when the family presses "Show map" (Locations.astro):
 * Leaflet is in this module's chunk and its styles a file of their own, both fetched only then.
 * Without JavaScript the address and the "Get directions" link stay, and cost the listing page
 * nothing.
 */
import L from 'leaflet'

import { loadLeafletStyles } from '../../../lib/leafletStyles'

export interface VenueMapOptions {
  latitude: number
  longitude: number
  title: string
  tilesUrl: string
  attribution: string
}

export async function showVenueMap(element: HTMLElement, options: VenueMapOptions): Promise<void> {
  await loadLeafletStyles()
  const at: L.LatLngExpression = [options.latitude, options.longitude]
  const map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView(at, 15)
  L.tileLayer(options.tilesUrl, { attribution: options.attribution, maxZoom: 18 }).addTo(map)
  const marker = L.marker(at, {
    icon: L.divIcon({
      className: 'lo-map-pin',
      html: '<span aria-hidden="true"></span>',
      iconSize: [24, 24],
      iconAnchor: [12, 24],
    }),
    keyboard: false,
    interactive: false,
  }).addTo(map)
  marker.getElement()?.setAttribute('aria-hidden', 'true')
}
