// Where a file's prose is: the texts a player reads, as paths with `*` for every entry of a list or a map. One list
// serves a whole file (the anachronism warnings, the citation check) and a file the schema rejected in part: it is
// read from the data as written, and a place that holds no text is passed over, so a broken field elsewhere does
// not hide what a text cites.
export type Path = readonly (string | number)[]
export interface Prose {
  readonly path: Path
  readonly text: string
}
export type Pattern = readonly string[]

/** What a player reads before the debrief (the questions and the history come after it). */
const BEFORE_DEBRIEF: readonly Pattern[] = [
  ['title'],
  ['summary'],
  ['place', 'name'],
  ['background'],
  ['facts', 'adversary', 'description'],
  ['assumptions', '*'],
  ['objectives', '*', 'text'],
  ['overrides', '*', 'why'],
  ['roles', '*', 'title'],
  ['roles', '*', 'briefing'],
  ['injects', '*', 'title'],
  ['injects', '*', 'text'],
]
const AFTER_DEBRIEF: readonly Pattern[] = [
  ['questions', '*'],
  ['history', 'summary'],
  ['history', 'aftermath'],
]
const ACTOR: readonly Pattern[] = [['summary'], ['record', '*', 'text']]

/** The texts of a scenario a player reads before the debrief. */
export const proseBeforeDebrief = (data: unknown): Prose[] => textsAt(data, BEFORE_DEBRIEF)
/** Every text of a scenario that may cite its sources, before and after the debrief. */
export const scenarioProse = (data: unknown): Prose[] => textsAt(data, [...BEFORE_DEBRIEF, ...AFTER_DEBRIEF])
/** Every text of an actor profile that may cite its sources. */
export const actorProse = (data: unknown): Prose[] => textsAt(data, ACTOR)

/** The texts at the patterns' places, in the patterns' order; a place without a text is passed over. */
export function textsAt(data: unknown, patterns: readonly Pattern[]): Prose[] {
  return patterns.flatMap((pattern) => walk(data, pattern, []))
}

function walk(value: unknown, pattern: Pattern, at: Path): Prose[] {
  const [step, ...rest] = pattern
  if (step === undefined) return typeof value === 'string' ? [{ path: at, text: value }] : []
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return step === '*' ? value.flatMap((v, i) => walk(v, rest, [...at, i])) : []
  const record = value as Record<string, unknown>
  if (step !== '*') return Object.hasOwn(record, step) ? walk(record[step], rest, [...at, step]) : []
  return Object.entries(record).flatMap(([k, v]) => walk(v, rest, [...at, k]))
}
