// Draws a crisis's region from Natural Earth borders (world-atlas): loaded lazily with d3-geo, topojson and the
// atlas itself, so no page waits for geography; the legend beside it says the same in words.
import { geoConicEqualArea } from 'd3-geo'
import { use, useId, useMemo } from 'react'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlasUrl from 'world-atlas/countries-110m.json?url'
import type { ScenarioPreview } from '../../store'
import { useText } from '../i18n/use-text'
import { CAPITAL } from './capitals'
import type { MapScene, Part } from './map-parts'
import { outline } from './outline'
import { placeLabel } from './place-label'
import { type Frame, HEIGHT, WIDTH } from './region-frame'

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

export default function MapDrawing({
  scenario,
  frame,
  parts,
  scene,
}: {
  scenario: ScenarioPreview
  /** The part of the globe the drawing is fitted to (region-frame.ts). */
  frame: Frame
  /** The part each state in the frame plays, by its code in the atlas: the legend's colours. */
  parts: ReadonlyMap<string, Part>
  scene?: MapScene | undefined
}) {
  const t = useText()
  const countries = use(loadAtlas())
  // An id a CSS url() can name: useId's own may hold characters that would need escaping there.
  const arrow = `arrow-${useId().replace(/[^\w-]/g, '')}`
  const partsKey = [...parts].join(';')
  // Projecting the world is the costly part: done again only for another crisis, not for each move the
  // resolution's scene adds.
  const { lon, scale, translate } = frame
  // biome-ignore lint/correctness/useExhaustiveDependencies: the frame and the parts, by value, are what it depends on
  const region = useMemo(
    () => (countries ? drawRegion(countries, frame, parts) : null),
    [countries, lon, scale, translate[0], translate[1], partsKey],
  )
  if (!region) return <div className="map-frame map-missing">{t('map.missing')}</div>
  const { projection, visible } = region
  const [px, py] = projection([scenario.place.lon, scenario.place.lat]) ?? [WIDTH / 2, HEIGHT / 2]
  const label = placeLabel(scenario.place.name, px, WIDTH)
  return (
    // The figure around it names the map and its caption says what it shows: a screen reader reads those, not this.
    <svg className="map-frame" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <title>{t('map.title', { place: scenario.place.name })}</title>
      {scene ? (
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
          </marker>
        </defs>
      ) : null}
      <rect width={WIDTH} height={HEIGHT} className="sea" />
      {visible.map((c) => (
        <path key={c.id} d={c.d} className={`country ${c.part}`} />
      ))}
      {scene ? <Scene scene={scene} at={projection} to={[px, py]} arrow={arrow} /> : null}
      <circle cx={px} cy={py} r={6} className="place" />
      <text x={label.x} y={py + 5} textAnchor={label.anchor} className="place-label">
        {label.text}
      </text>
    </svg>
  )
}

/** The region's projection and the countries it shows, each as its path and the part it plays. */
function drawRegion(countries: readonly Country[], frame: Frame, parts: ReadonlyMap<string, Part>) {
  // Fitted to the drawing by the frame's own scale and offset, so that the legend, which projects alike, agrees: the
  // offset is where the centre's meridian meets the equator, not d3's default centre for this projection.
  const projection = geoConicEqualArea()
    .parallels([30, 60])
    .rotate([-frame.lon, 0])
    .center([0, 0])
    .scale(frame.scale)
    .translate([frame.translate[0], frame.translate[1]])
  const visible = countries.flatMap((c) => {
    const {
      d,
      box: [[x0, y0], [x1, y1]],
    } = outline(projection, c)
    const seen = x1 >= 0 && x0 <= WIDTH && y1 >= 0 && y0 <= HEIGHT
    return seen ? [{ id: String(c.id), d, part: parts.get(String(c.id)) ?? 'other' }] : []
  })
  return { projection, visible }
}

/**
 * The resolution on the map: a dot at each capital heard from, a ring at the latest, and troops on their way.
 * Drawn in by CSS animations, which a preference for less motion turns off: this drawing is on the library's
 * first page too, where framer-motion is not loaded.
 */
function Scene({
  scene,
  at,
  to,
  arrow,
}: {
  scene: MapScene
  arrow: string
  at: (point: [number, number]) => [number, number] | null
  to: readonly [number, number]
}) {
  const point = (id: string) => {
    const capital = CAPITAL[id]
    return capital ? at([capital[0], capital[1]]) : null
  }
  return (
    <g className="scene">
      {scene.troopsFrom.map((id) => {
        const from = point(id)
        if (!from) return null
        // A gentle arc, so two routes from nearby capitals stay apart.
        const [x0, y0] = from
        const [x1, y1] = to
        const cx = (x0 + x1) / 2 - (y1 - y0) * 0.2
        const cy = (y0 + y1) / 2 + (x1 - x0) * 0.2
        return (
          <path
            key={`troops-${id}`}
            d={`M${x0},${y0} Q${cx},${cy} ${x1},${y1}`}
            className="troops"
            pathLength={1}
            markerEnd={`url(#${arrow})`}
          />
        )
      })}
      {scene.moved.map((id) => {
        const p = point(id)
        if (!p) return null
        const latest = id === scene.latest
        return (
          <g key={`moved-${id}`} className={latest ? 'capital latest' : 'capital'}>
            <circle cx={p[0]} cy={p[1]} r={4} />
            {latest ? <circle cx={p[0]} cy={p[1]} r={11} className="ring" /> : null}
          </g>
        )
      })}
    </g>
  )
}
