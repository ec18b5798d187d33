// The maps draw countries with a small path writer of their own rather than d3's geoPath (to keep the
// library's first page light). It must draw exactly what geoPath would, for every country of the atlas the
// maps use, under projections like theirs.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoConicEqualArea, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { outline } from '../src/ui/map/outline'

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection }>
const countries = feature(atlas, atlas.objects.countries).features

/** Projections centred as the cards centre them: on Central Asia, the Caucasus and Belarus. */
const projections = [
  [71, 42],
  [45, 40],
  [28, 53],
].map(([lon, lat]) =>
  geoConicEqualArea()
    .parallels([30, 60])
    .rotate([-lon!, 0])
    .center([0, lat!])
    .scale(900)
    .translate([240, 150]),
)

describe('a map outline', () => {
  it('is the path and the bounds that d3 geoPath gives, for every country', () => {
    for (const projection of projections) {
      const path = geoPath(projection)
      for (const country of countries) {
        const { d, box } = outline(projection, country)
        expect(d, String(country.id)).toBe(path(country) ?? '')
        if (d !== '') expect(box, String(country.id)).toEqual(path.bounds(country))
      }
    }
  })
})
