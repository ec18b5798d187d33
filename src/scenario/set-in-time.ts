// A scenario shows only what was known when it starts: an actor's dated record before its start date (what
// happened that day is the crisis itself, and often its outcome), and no text before the debrief that names a
// later year. Pure functions; the loader applies them.
import { blankCitations } from './citations'

/** A dated fact of an actor's standing profile. */
export interface RecordEntry {
  readonly date: string
  readonly text: string
}

/** The entries dated before `date` (YYYY-MM-DD), oldest first: the record as it stood when that day began. */
export function recordAsOf<E extends RecordEntry>(record: readonly E[], date: string): E[] {
  return record.filter((e) => e.date < date).sort((a, b) => a.date.localeCompare(b.date))
}

/** A four-digit year from 1900 to 2099 standing alone ("1990s" and "2,030" are not years). */
const YEAR = /\b(19\d\d|20\d\d)\b/g

export interface NamedYear {
  readonly year: number
  /** Offset of the year in the text. */
  readonly index: number
  /** How many times the same year was named before this one in the same text. */
  readonly nth: number
}

/** Every year the text names outside citation markers (a marker like [beliakova-2022] is shown as a number). */
export function yearsNamed(text: string): NamedYear[] {
  const seen = new Map<number, number>()
  return [...blankCitations(text).matchAll(YEAR)].map((m) => {
    const year = Number(m[1])
    const nth = seen.get(year) ?? 0
    seen.set(year, nth + 1)
    return { year, index: m.index, nth }
  })
}

/** The years the text names that come after `date`'s year: what a player in that year could not know. */
export function yearsAfter(text: string, date: string): NamedYear[] {
  const year = Number(date.slice(0, 4))
  return yearsNamed(text).filter((y) => y.year > year)
}
