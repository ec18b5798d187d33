// Help texts with dated precedents: a player sees only the precedents that came before the scenario's
// start, so a 2010 game never hears of 2022, and a game never hears how its own crisis ended.

/** A case that illustrates a choice, dated by the day it happened. */
export interface Precedent {
  readonly date: string
  readonly text: string
}

/** What a choice means in the treaty's terms, and the precedents that illustrate it. */
export interface DatedHelp {
  readonly text: string
  readonly precedents?: readonly Precedent[]
}

/** The precedents a player on `start` can know: those dated strictly before it, oldest first. */
export function precedentsBefore(help: Pick<DatedHelp, 'precedents'>, start: string): Precedent[] {
  return (help.precedents ?? []).filter((p) => p.date < start).sort((a, b) => a.date.localeCompare(b.date))
}

/** A help as a player reads it: what the choice means, and the precedents that illustrate it, each in words. */
export interface HelpRead {
  readonly text: string
  readonly precedents: readonly string[]
}

/**
 * The help as a player on `start` may read it; `say` words each text (the decision help's texts are message ids,
 * the briefing's plain words are English as they stand). Its precedents are apart, for the form folds them away on
 * a narrow screen.
 */
export function helpAsOf(help: DatedHelp, start: string, say: (text: string) => string = (s) => s): HelpRead {
  return { text: say(help.text), precedents: precedentsBefore(help, start).map((p) => say(p.text)) }
}

/** A whole table of help, each entry read as of `start`. */
export function tableAsOf<K extends string | number>(
  table: Readonly<Record<K, DatedHelp>>,
  start: string,
  say?: (text: string) => string,
): Readonly<Record<K, HelpRead>> {
  return Object.fromEntries(
    (Object.entries(table) as [K, DatedHelp][]).map(([k, help]) => [k, helpAsOf(help, start, say)]),
  ) as Record<K, HelpRead>
}
