// Writes one game's bands into a band chart React has drawn, in place: for a chart that follows the store faster
// than React draws it (the what-if page, at every release of a slider). It sets only what React set from the same
// figures (bandPlace, bandFigures), so React, drawing the chart again with the same game, finds it as it left it.
import { INDICATORS, type Indicator } from '../../store'
import { bandFigures, bandPlace } from './band-line'
import type { Bands } from './band-series'

/** The elements of one game's line in one row, and the texts last written to them. */
interface Line {
  readonly band: HTMLElement
  readonly median: HTMLElement
  readonly medianText: HTMLElement
  /** The range's text node: React holds it too, and updates the same node. */
  readonly range: Text
  readonly delta: HTMLElement | null
  readonly last: string[]
}

export type BandWriter = (bands: Bands, delta: ((indicator: Indicator) => string) | null) => void

/** A writer for the `index`-th game of the chart under `figure`, its rows found once. */
export function bandWriter(figure: HTMLElement, index: number): BandWriter {
  const rows = figure.querySelectorAll<HTMLElement>('.band-row')
  const lines: Line[] = INDICATORS.map((_, i) => {
    const row = rows[i]!
    const line = row.querySelectorAll(':scope > .band-line')[index]!
    const range = line.querySelector('.band-text')!.lastChild as Text
    return {
      band: line.querySelector<HTMLElement>('.band')!,
      median: line.querySelector<HTMLElement>('.median')!,
      medianText: line.querySelector<HTMLElement>('.median-text')!,
      range,
      delta: row.querySelector<HTMLElement>(':scope > .band-delta'),
      last: [],
    }
  })
  return (bands, delta) => {
    INDICATORS.forEach((k, i) => {
      const line = lines[i]!
      const place = bandPlace(bands[k])
      const figures = bandFigures(bands[k])
      const texts = [place.left, place.width, place.median, figures.median, figures.range, delta?.(k) ?? '']
      // Only what changed is written: most releases leave several indicators where they were.
      const [left, width, median, medianText, range, deltaText] = texts.map(
        (text, n) => text !== line.last[n],
      )
      if (left) line.band.style.left = place.left
      if (width) line.band.style.width = place.width
      if (median) line.median.style.left = place.median
      if (medianText) line.medianText.textContent = figures.median
      if (range) line.range.data = figures.range
      if (deltaText && line.delta && delta) line.delta.textContent = texts[5]!
      line.last.splice(0, texts.length, ...texts)
    })
  }
}
