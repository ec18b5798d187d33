// Draws a crisis's region from Natural Earth borders (world-atlas): loaded lazily with d3-geo, topojson and the
// atlas itself, so no page waits for geography; the legend beside it says the same in words.
import { type GeoPermissibleObjects, geoBounds, geoConicEqualArea, geoPath } from 'd3-geo'
import { use } from 'react'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlasUrl from 'world-atlas/countries-110m.json?url'
import type { Scenario } from '../../scenario/types'
import type { Part } from './region-map'

type Country = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>

let atlas: Promise<readonly Country[] | null> | undefined
/** One fetch for every map on the page; offline or blocked, the maps fall back to their legends. */
function loadAtlas(): Promise<readonly Country[] | null> {
  atlas ??= fetch(atlasUrl)
    .then((r) =>
      r.ok ? (r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>) : null,
    )
    .then((topology) =>
      topology ? (feature(topology, topology.objects.countries).features as Country[]) : null,
    )
    .catch(() => null)
  return atlas
}

const WIDTH = 480
const HEIGHT = 300

export default function MapDrawing({
  scenario,
  parts,
  labelledBy,
}: {
  scenario: Scenario
  parts: ReadonlyMap<string, Part>
  labelledBy: string
}) {
  const countries = use(loadAtlas())
  if (!countries)
    return (
      <div className="map-frame map-missing">The map could not be loaded; the legend says who is who.</div>
    )
  const { lat, lon } = scenario.place
  // The focus is the crisis, not Russia's eleven time zones: the requester, the adversary and the place,
  // with room around them for the neighbours that matter.
  const focus = countries.filter((c) => {
    const part = parts.get(String(c.id))
    return part === 'requester' || part === 'adversary'
  })
  const [[x0, y0], [x1, y1]] = geoBounds({
    type: 'FeatureCollection',
    features: [...focus, boxAround(lon, lat, 1, 1)],
  } as GeoPermissibleObjects)
  const width = Math.max((x1 - x0) * 1.3, 24)
  const height = Math.max((y1 - y0) * 1.3, 14)
  const projection = geoConicEqualArea()
    .parallels([30, 60])
    .rotate([-(x0 + x1) / 2, 0])
    .fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      boxAround((x0 + x1) / 2, (y0 + y1) / 2, width / 2, height / 2),
    )
  const path = geoPath(projection)
  const visible = countries.filter((c) => {
    const [[x0, y0], [x1, y1]] = path.bounds(c)
    return x1 >= 0 && x0 <= WIDTH && y1 >= 0 && y0 <= HEIGHT
  })
  const [px, py] = projection([lon, lat]) ?? [WIDTH / 2, HEIGHT / 2]
  return (
    <svg className="map-frame" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={labelledBy}>
      <title>Map of the region around {scenario.place.name}</title>
      <rect width={WIDTH} height={HEIGHT} className="sea" />
      {visible.map((c) => (
        <path
          key={String(c.id)}
          d={path(c) ?? ''}
          className={`country ${parts.get(String(c.id)) ?? 'other'}`}
        />
      ))}
      <circle cx={px} cy={py} r={6} className="place" />
      {/* The short name (before any comma), on whichever side of the dot has room. */}
      <text
        x={px > WIDTH * 0.62 ? px - 10 : px + 10}
        y={py + 5}
        textAnchor={px > WIDTH * 0.62 ? 'end' : 'start'}
        className="place-label"
      >
        {scenario.place.name.split(',')[0]}
      </text>
    </svg>
  )
}

/** A box of half-widths dx, dy degrees around a point, wound clockwise as d3-geo expects of a polygon. */
function boxAround(lon: number, lat: number, dx: number, dy: number): GeoJSON.Feature {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - dx, lat - dy],
          [lon - dx, lat + dy],
          [lon + dx, lat + dy],
          [lon + dx, lat - dy],
          [lon - dx, lat - dy],
        ],
      ],
    },
  }
}
