// The region of a crisis: Natural Earth borders (world-atlas), the members, the requester and the adversary marked.
// Loaded lazily with its data: the library's first paint does not wait for geography.
import { type GeoPermissibleObjects, geoBounds, geoConicEqualArea, geoPath } from 'd3-geo'
import { Suspense, use } from 'react'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlasUrl from 'world-atlas/countries-110m.json?url'
import type { Scenario } from '../../scenario/types'
import { actorName, castOf } from '../../store'
import { COUNTRY_CODE } from './country-codes'

type Country = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>
type Part = 'requester' | 'leader' | 'member' | 'adversary' | 'neighbour'

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

export default function RegionMap({ scenario, compact = false }: { scenario: Scenario; compact?: boolean }) {
  const cast = castOf(scenario)
  const parts = new Map<string, Part>()
  const mark = (id: string | undefined, part: Part): void => {
    const code = id ? COUNTRY_CODE[id] : undefined
    if (code && !parts.has(code)) parts.set(code, part)
  }
  mark(cast.requester, 'requester')
  mark(cast.adversary, 'adversary')
  mark(cast.leader, 'leader')
  for (const m of cast.members) mark(m, 'member')
  mark(cast.neighbour, 'neighbour')
  const name = (id: string) => actorName(scenario, id)
  const adversaryOnMap = cast.adversary !== undefined && COUNTRY_CODE[cast.adversary] !== undefined
  const legend: { part: Part | 'place' | 'none'; text: string }[] = [
    { part: 'requester', text: `Asks for help: ${name(cast.requester)}` },
    ...(cast.leader ? [{ part: 'leader' as const, text: `Leading member: ${name(cast.leader)}` }] : []),
    ...(cast.members.length > 0
      ? [{ part: 'member' as const, text: `Other members: ${cast.members.map(name).join(', ')}` }]
      : []),
    {
      // A rebellion or a militia has no territory to colour: its line gets no swatch.
      part: adversaryOnMap ? 'adversary' : 'none',
      text: `Adversary: ${cast.adversary ? name(cast.adversary) : scenario.facts.adversary.description}`,
    },
    ...(cast.neighbour
      ? [{ part: 'neighbour' as const, text: `Neighbour power: ${name(cast.neighbour)}` }]
      : []),
    { part: 'place', text: `Where: ${scenario.place.name}` },
  ]
  const captionId = `map-${scenario.id}${compact ? '-card' : ''}`
  return (
    <figure className={compact ? 'region-map compact' : 'region-map'}>
      <Suspense fallback={<div className="map-frame map-loading" aria-hidden="true" />}>
        <MapDrawing scenario={scenario} parts={parts} labelledBy={captionId} />
      </Suspense>
      <figcaption id={captionId}>
        <span className="visually-hidden">Map of the region. </span>
        <ul className="map-legend">
          {legend.map((l) => (
            <li key={l.part}>
              <span className={`swatch swatch-${l.part}`} aria-hidden="true" />
              {l.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}

function MapDrawing({
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
