// Where the place's name goes beside its dot, and how much of it fits: the drawing has no room to measure text
// before it is drawn, so the width is reckoned from the label's size. The legend below the map always gives the
// name in full, so a name too long for the map is cut with an ellipsis rather than run past the frame's edge.

/** A character of the bold 14-unit label, on average, in the drawing's units: measured in Chromium, 8.4–9.3 for
 * the bundled places' English names and 9.1–9.6 for their Russian ones; the wider is taken. */
const CHARACTER = 9.6
/** The gap between the dot and the label, and between the label and the frame. */
const GAP = 10
const MARGIN = 6

export interface PlaceLabel {
  readonly x: number
  readonly anchor: 'start' | 'end'
  readonly text: string
}

/** The short name (before any comma), on whichever side of the dot at `px` has room in a frame `width` wide. */
export function placeLabel(name: string, px: number, width: number): PlaceLabel {
  const short = name.split(',')[0]?.trim() ?? ''
  const right = width - MARGIN - (px + GAP)
  const left = px - GAP - MARGIN
  const needed = short.length * CHARACTER
  // The right unless the name does not fit there and the left has more room.
  const onRight = needed <= right || right >= left
  const room = Math.max(onRight ? right : left, 0)
  const fits = Math.floor(room / CHARACTER)
  const text = short.length <= fits ? short : `${short.slice(0, Math.max(fits - 1, 0)).trimEnd()}…`
  return onRight ? { x: px + GAP, anchor: 'start', text } : { x: px - GAP, anchor: 'end', text }
}
