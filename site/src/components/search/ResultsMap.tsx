/** @jsxImportSource preact */
/**
 * The results map: an extra beside the list, which stays the primary, accessible view. Leaflet
 * is in this module's own chunk and its styles a file of their own (lib/leafletStyles.ts), both
 * fetched only when the family asks for the map.
 * Each place is a focusable marker (Tab, Enter opens its popup with the listing's link). When
 * the tiles cannot load (offline, blocked), the markers still work and a note says so.
 */
import type { Coordinates } from '@local-offer/shared'
import L from 'leaflet'
import { useEffect, useId, useRef, useState } from 'preact/hooks'

import { loadLeafletStyles } from '../../lib/leafletStyles'
import type { MapTiles } from './SearchApp'

export interface MapPlace {
  at: Coordinates
  title: string
  url: string
}

interface Props {
  label: string
  help: string
  unavailable: string
  tiles: MapTiles
  origin: Coordinates | null
  places: MapPlace[]
}

/** A pin drawn in CSS (no marker images to fetch or to allow in the security policy). */
const pin = (className: string) =>
  L.divIcon({
    className,
    html: '<span aria-hidden="true"></span>',
    iconSize: [24, 24],
    iconAnchor: [12, 24],
    popupAnchor: [0, -24],
  })

function popupContent(place: MapPlace): HTMLElement {
  const link = document.createElement('a')
  link.className = 'govuk-link'
  link.href = place.url
  link.textContent = place.title
  return link
}

export default function ResultsMap({ label, help, unavailable, tiles, origin, places }: Props) {
  const element = useRef<HTMLDivElement>(null)
  const [tilesFailed, setTilesFailed] = useState(false)
  const helpId = useId()

  useEffect(() => {
    if (!element.current) return
    void loadLeafletStyles()
    const map = L.map(element.current, { scrollWheelZoom: false, keyboard: true })
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 })
    layer.on('tileerror', () => setTilesFailed(true))
    layer.addTo(map)
    const points: L.LatLngExpression[] = []
    for (const place of places) {
      const at: L.LatLngExpression = [place.at.latitude, place.at.longitude]
      points.push(at)
      const marker = L.marker(at, { icon: pin('lo-map-pin'), title: place.title, keyboard: true })
        .bindPopup(popupContent(place))
        .addTo(map)
      const icon = marker.getElement()
      icon?.setAttribute('aria-label', place.title)
      icon?.setAttribute('role', 'button')
    }
    if (origin) {
      const at: L.LatLngExpression = [origin.latitude, origin.longitude]
      points.push(at)
      L.marker(at, {
        icon: pin('lo-map-pin lo-map-pin--origin'),
        keyboard: false,
        interactive: false,
      }).addTo(map)
    }
    if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 })
    else map.setView([51.5, -0.12], 11)
    return () => {
      map.remove()
    }
  }, [tiles, origin, places])

  return (
    <section className="lo-map" aria-label={label}>
      <p className="govuk-body-s" id={helpId}>
        {help}
      </p>
      {tilesFailed && <p className="govuk-body-s lo-map__unavailable">{unavailable}</p>}
      <div className="lo-map__canvas" ref={element} aria-describedby={helpId} />
    </section>
  )
}
