// Writes one game's bands into a band chart React has drawn, in place: for a chart that follows the store faster
// than React draws it (the what-if page, at every release of a slider). It sets only what React set from the same
// figures (bandPlace, bandFigures), so React, drawing the chart again with the same game, finds it as it left it.
import { INDICATORS, type Indicator } from '../../store'
import { bandFigures, bandPlace } from './band-line'
import type { Bands } from './band-series'

/** The elements of one game's line in one row, and what was last written to them. */
interface Line {
  readonly band: HTMLElement
  readonly median: HTMLElement
  /** The figures' text nodes, changed in place as React changes them: a new node would cost a new layout box. */
  readonly medianText: Text
  readonly range: Text
  readonly delta: Text | null
  readonly last: (string | number)[]
}

/** How far the game lies from the one it is compared with on an indicator, and how that is said. */
export interface BandDeltas {
  readonly of: (indicator: Indicator) => number
  readonly words: (delta: number) => string
}

export type BandWriter = (bands: Bands, deltas: BandDeltas | null) => void

/** A writer for the `index`-th game of the chart under `figure`, its rows found once. */
export function bandWriter(figure: HTMLElement, index: number): BandWriter {
  const rows = figure.querySelectorAll<HTMLElement>('.band-row')
  const lines: Line[] = INDICATORS.map((_, i) => {
    const row = rows[i]!
    const line = row.querySelectorAll(':scope > .band-line')[index]!
    return {
      band: line.querySelector<HTMLElement>('.band')!,
      median: line.querySelector<HTMLElement>('.median')!,
      medianText: line.querySelector('.median-text')!.firstChild as Text,
      range: line.querySelector('.band-text')!.lastChild as Text,
      delta: (row.querySelector(':scope > .band-delta')?.firstChild as Text | null | undefined) ?? null,
      last: [],
    }
  })
  return (bands, deltas) => {
    INDICATORS.forEach((k, i) => {
      const line = lines[i]!
      const place = bandPlace(bands[k])
      const figures = bandFigures(bands[k])
      const delta = deltas?.of(k) ?? 0
      const now = [place.left, place.width, place.median, figures.median, figures.range, delta]
      // Only what changed is written, and the delta's words made only then: most releases leave several
      // indicators where they were.
      const [left, width, median, medianText, range, moved] = now.map((value, n) => value !== line.last[n])
      if (left) line.band.style.left = place.left
      if (width) line.band.style.width = place.width
      if (median) line.median.style.left = place.median
      if (medianText) line.medianText.data = figures.median
      if (range) line.range.data = figures.range
      if (moved && line.delta && deltas) line.delta.data = deltas.words(delta)
      line.last.splice(0, now.length, ...now)
    })
  }
}
