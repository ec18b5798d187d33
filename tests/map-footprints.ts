// What a country covers, computed from the world atlas the maps draw: the reference for the map's static table of
// footprints (src/ui/map/footprints.ts), which the legend reads before the atlas has loaded.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { BAND } from '../src/ui/map/footprints'

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection }>

/** The atlas's countries, each as its rings of [longitude, latitude]. */
export const ATLAS_COUNTRIES = feature(atlas, atlas.objects.countries).features

type Ring = readonly (readonly number[])[]

/** A country's rings, its polygons' outer and inner ones alike. */
function ringsOf(geometry: GeoJSON.Geometry): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat()
  return []
}

/** East of the antimeridian, as the footprints count it: Russia's far east runs on past 180°. */
const east = (lon: number): number => (lon < -90 ? lon + 360 : lon)

const down = (v: number) => Math.floor(v * 10) / 10
const up = (v: number) => Math.ceil(v * 10) / 10

/**
 * The footprint of the atlas's country with ISO code `code`: for each BAND-degree band of longitude it reaches,
 * [west, east, south, north] of what lies in that band, to a tenth of a degree outwards. Each border is followed
 * between its points, so a line that crosses a band without a point in it is counted in it.
 */
export function footprintOf(code: string): number[][] {
  const country = ATLAS_COUNTRIES.find((c) => String(c.id) === code)
  if (!country) throw new Error(`no country ${code} in the atlas`)
  const bands = new Map<number, [number, number, number, number]>()
  const add = (lon: number, lat: number, band: number) => {
    const b = bands.get(band) ?? [lon, lon, lat, lat]
    bands.set(band, [Math.min(b[0], lon), Math.max(b[1], lon), Math.min(b[2], lat), Math.max(b[3], lat)])
  }
  for (const ring of ringsOf(country.geometry))
    ring.forEach(([lon0, lat0], i) => {
      const [lon1, lat1] = ring[(i + 1) % ring.length]!
      const a = east(lon0!)
      const b = east(lon1!)
      add(a, lat0!, Math.floor(a / BAND))
      // Where the border crosses from one band into another, it is in both at the line between them.
      const [from, to] = a < b ? [a, b] : [b, a]
      for (let edge = Math.floor(from / BAND + 1) * BAND; edge <= to; edge += BAND) {
        const lat = lat0! + ((lat1! - lat0!) * (edge - a)) / (b - a)
        add(edge, lat, edge / BAND - 1)
        add(edge, lat, edge / BAND)
      }
    })
  return [...bands].sort(([x], [y]) => x - y).map(([, [w, e, s, n]]) => [down(w), up(e), down(s), up(n)])
}
