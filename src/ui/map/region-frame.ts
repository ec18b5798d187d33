// The part of the globe a crisis's map shows, and which states appear in it: worked out from the footprints alone,
// so the legend knows before the atlas has loaded what the drawing will colour. The focus is the crisis, not
// Russia's eleven time zones: the requester, the adversary and the place, with room around them for the neighbours
// that matter. The drawing projects with d3 on the scale and offset given here; the legend projects the footprints
// with the same formula, written out (d3's projection would weigh on the library's first page).
import { BAND, type Band, FOOTPRINT } from './footprints'

/** The drawing's size, and the margin inside it that the frame is fitted to. */
export const WIDTH = 480
export const HEIGHT = 300
const MARGIN = 8

/** How the drawing projects its part of the globe: about which meridian, and at what scale and offset. */
export interface Frame {
  /** The meridian at the drawing's centre. */
  readonly lon: number
  /** The conic projection's scale and offset that fit the region to the drawing, as d3's scale() and translate(). */
  readonly scale: number
  readonly translate: readonly [number, number]
}

const RADIANS = Math.PI / 180
/** The conic equal-area projection on the parallels 30° and 60°, as d3's geoConicEqualArea works it out. */
const SIN_30 = Math.sin(30 * RADIANS)
const N = (SIN_30 + Math.sin(60 * RADIANS)) / 2
const C = 1 + SIN_30 * (2 * N - SIN_30)
const R0 = Math.sqrt(C) / N

/** A point, degrees east of the frame's centre and north, on the projection's own plane (y upwards). */
function conic(lon: number, lat: number): [number, number] {
  const r = Math.sqrt(C - 2 * N * Math.sin(lat * RADIANS)) / N
  const x = lon * RADIANS * N
  return [r * Math.sin(x), R0 - r * Math.cos(x)]
}

/**
 * The outline of a box east of the frame's centre, as points going round it: its corners, and the middle of its
 * parallels, which the projection bends into arcs (a box no wider than BAND degrees bends them by less than a
 * pixel past these points).
 */
function outline([west, east, south, north]: Band): [number, number][] {
  const middle = (west + east) / 2
  return [
    conic(west, south),
    conic(middle, south),
    conic(east, south),
    conic(east, north),
    conic(middle, north),
    conic(west, north),
  ]
}

/** The frame around the place and the focus states (by actor id): their bounds and some room, never too small. */
export function regionFrame(
  place: { readonly lon: number; readonly lat: number },
  focus: readonly string[],
): Frame {
  const bands: Band[] = [
    [place.lon - 1, place.lon + 1, place.lat - 1, place.lat + 1],
    ...focus.flatMap((id) => FOOTPRINT[id] ?? []),
  ]
  const west = Math.min(...bands.map((b) => b[0]))
  const east = Math.max(...bands.map((b) => b[1]))
  const south = Math.min(...bands.map((b) => b[2]))
  const north = Math.max(...bands.map((b) => b[3]))
  const halfWidth = Math.max((east - west) * 1.3, 24) / 2
  const halfHeight = Math.max((north - south) * 1.3, 14) / 2
  const lat = (south + north) / 2
  // Fitted as d3's fitExtent fits a box: as large as the margin allows, centred in it.
  const points = outline([-halfWidth, halfWidth, lat - halfHeight, lat + halfHeight])
  const [x0, x1] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))]
  const [y0, y1] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))]
  const scale = Math.min((WIDTH - 2 * MARGIN) / (x1 - x0), (HEIGHT - 2 * MARGIN) / (y1 - y0))
  return {
    lon: (west + east) / 2,
    scale,
    translate: [WIDTH / 2 - (scale * (x0 + x1)) / 2, HEIGHT / 2 + (scale * (y0 + y1)) / 2],
  }
}

/** A band cut into boxes of no more than BAND degrees of latitude: a tall band's projection is a slanting wedge. */
function slices([west, east, south, north]: Band): Band[] {
  const count = Math.ceil((north - south) / BAND)
  return Array.from({ length: count }, (_, i) => [
    west,
    east,
    south + ((north - south) * i) / count,
    south + ((north - south) * (i + 1)) / count,
  ])
}

/** Whether a convex polygon on the drawing meets the drawing: no line through one of their sides parts them. */
function meetsDrawing(points: readonly (readonly [number, number])[]): boolean {
  const corners = [
    [0, 0],
    [WIDTH, 0],
    [WIDTH, HEIGHT],
    [0, HEIGHT],
  ] as const
  const sides = points.map(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length]!
    return [ny - y, x - nx] as const
  })
  return [[1, 0] as const, [0, 1] as const, ...sides].every(([ax, ay]) => {
    const along = (ps: readonly (readonly [number, number])[]) => ps.map(([x, y]) => x * ax + y * ay)
    const [a, b] = [along(points), along(corners)]
    return Math.max(...a) >= Math.min(...b) && Math.max(...b) >= Math.min(...a)
  })
}

/**
 * Whether a state (by actor id) appears in the frame: whether a piece of its footprint, projected, meets the
 * drawing. One without a footprint is drawn nowhere.
 */
export function inFrame(id: string, frame: Frame): boolean {
  const [dx, dy] = frame.translate
  return (FOOTPRINT[id] ?? [])
    .flatMap(slices)
    .some(([west, east, south, north]) =>
      meetsDrawing(
        outline([west - frame.lon, east - frame.lon, south, north]).map(
          ([x, y]) => [dx + frame.scale * x, dy - frame.scale * y] as const,
        ),
      ),
    )
}
