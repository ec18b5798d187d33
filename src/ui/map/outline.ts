// A country as the map draws it: its SVG path through the region's projection, and the box it covers on the
// drawing. d3's geoPath does both, but brings areas, centroids, lengths and canvas drawing with it, none of which
// a map of the library's first page asks for.
import { type GeoPermissibleObjects, type GeoProjection, geoStream } from 'd3-geo'

export interface Outline {
  /** The SVG path, '' when nothing of the country falls in the projection's extent. */
  readonly d: string
  /** [[x0, y0], [x1, y1]] on the drawing. */
  readonly box: readonly [readonly [number, number], readonly [number, number]]
}

/** Coordinates to a thousandth of a pixel, as geoPath writes them. */
const round = (v: number): number => Math.round(v * 1000) / 1000

export function outline(projection: GeoProjection, object: GeoPermissibleObjects): Outline {
  let d = ''
  let x0 = Number.POSITIVE_INFINITY
  let y0 = Number.POSITIVE_INFINITY
  let x1 = Number.NEGATIVE_INFINITY
  let y1 = Number.NEGATIVE_INFINITY
  let lineStarts = false
  let inPolygon = false
  geoStream(
    object,
    projection.stream({
      point(x, y) {
        d += `${lineStarts ? 'M' : 'L'}${round(x)},${round(y)}`
        lineStarts = false
        x0 = Math.min(x0, x)
        y0 = Math.min(y0, y)
        x1 = Math.max(x1, x)
        y1 = Math.max(y1, y)
      },
      lineStart() {
        lineStarts = true
      },
      // A ring closes; a line (which a country never is) stays open.
      lineEnd() {
        if (inPolygon) d += 'Z'
      },
      polygonStart() {
        inPolygon = true
      },
      polygonEnd() {
        inPolygon = false
      },
    }),
  )
  return {
    d,
    box: [
      [x0, y0],
      [x1, y1],
    ],
  }
}
