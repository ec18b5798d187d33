// Warnings for text that speaks of later events: a year after the scenario's start in what a player reads
// before the debrief, a year in an actor's timeless summary, a record entry that names a year after its own date.
import { blankCitations } from './citations'
import { type Path, proseBeforeDebrief } from './prose'
import type { Locate } from './read-yaml'
import type { ActorFileData } from './schema'
import { type NamedYear, yearsAfter, yearsNamed } from './set-in-time'
import type { Problem } from './types'
import { said } from './wording/en'

/**
 * The years after `start` in what a player reads before the debrief. The texts are read from `data` as written
 * (prose.ts), so a file the schema refused in part is warned about them once its dates have parsed.
 */
export function scenarioAnachronisms(
  data: unknown,
  start: string,
  file: string,
  source: string,
  locate: Locate,
): Problem[] {
  const at = locator(source, locate)
  return proseBeforeDebrief(data).flatMap(({ path, text }) =>
    yearsAfter(text, start).map((y) => ({
      file,
      ...at(path, y),
      path: path.join('.'),
      ...said('year-after-start', { year: y.year, start }),
    })),
  )
}

export function actorAnachronisms(
  data: ActorFileData,
  file: string,
  source: string,
  locate: Locate,
): Problem[] {
  const at = locator(source, locate)
  const summary = yearsNamed(data.summary).map((y) => ({
    file,
    ...at(['summary'], y),
    path: 'summary',
    ...said('year-in-summary', { year: y.year }),
  }))
  const record = data.record.flatMap((e, i) =>
    yearsAfter(e.text, e.date).map((y) => ({
      file,
      ...at(['record', i, 'text'], y),
      path: `record.${i}.text`,
      ...said('year-after-entry', { year: y.year, date: e.date }),
    })),
  )
  return [...summary, ...record]
}

/** Finds a named year in the file itself: the value's start, then the same occurrence of that year after it. */
function locator(source: string, locate: Locate) {
  const blanked = blankCitations(source)
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)]
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? 0) + column - 1
  const positionOf = (offset: number) => {
    let line = lineStarts.findIndex((start) => start > offset)
    if (line < 0) line = lineStarts.length
    return { line, column: offset - lineStarts[line - 1]! + 1 }
  }
  return (path: Path, year: NamedYear): { line: number; column: number } => {
    const start = locate(path)
    const from = offsetOf(start.line, start.column)
    const matches = [...blanked.slice(from).matchAll(new RegExp(`\\b${year.year}\\b`, 'g'))]
    const hit = matches[year.nth]
    return hit ? positionOf(from + hit.index) : start
  }
}
