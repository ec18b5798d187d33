// What a band chart draws of one game: the 10–90% band and median of each indicator, and the game's names.
import type { Indicator } from '../../store'

/** The bands of one game: what the charts need of its outcomes. */
export type Bands = Readonly<
  Record<Indicator, { readonly median: number; readonly p10: number; readonly p90: number }>
>

export interface Series {
  /** Its name inside a sentence: "your game", "the engine's best reply". */
  readonly label: string
  /** Its name beside its band, when there are several: "You", "T1". */
  readonly short: string
  readonly bands: Bands
  /** Which of the chart's six colours it is drawn in, when not its place: the student's game keeps its colour. */
  readonly colour?: number
}

/** The colour class of a series drawn at `index`. */
export const colourOf = (series: Series, index: number): string => `series-${(series.colour ?? index) % 6}`

/** The same band, as far as the chart shows it: a slider's new replay often leaves an indicator where it was. */
export const sameBand = (a: Series, b: Series, k: Indicator): boolean =>
  a.label === b.label &&
  a.short === b.short &&
  a.colour === b.colour &&
  a.bands[k].median === b.bands[k].median &&
  a.bands[k].p10 === b.bands[k].p10 &&
  a.bands[k].p90 === b.bands[k].p90
