/**
 * A listing's venue on a small map, drawn when the family presses "Show map" (Locations.astro):
 * Leaflet and its styles are in this module's chunk, fetched only then. Without JavaScript the
 * address and the "Get directions" link stay, and cost the listing page nothing.
 */
import 'leaflet/dist/leaflet.css'

import L from 'leaflet'

export interface VenueMapOptions {
  latitude: number
  longitude: number
  title: string
  tilesUrl: string
  attribution: string
}

export function showVenueMap(element: HTMLElement, options: VenueMapOptions): void {
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
