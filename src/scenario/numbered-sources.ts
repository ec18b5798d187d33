// The one numbering of a scenario's sources that every page shares, so a marker [5] on the crisis page, the
// briefing and the debrief means the same entry: the scenario's own list first, in its order (the debrief's
// list as it always stood), then the sources its actors' summaries cite that the scenario does not list, then
// those their dated records cite.
// Here beside the schema, not in the store, because the workshop server numbers the list it sends just as the pages do.
import { citedIds } from './citations'
import type { Scenario, Source } from './types'

/** A source with its number in the scenario's one list. */
export interface NumberedSource {
  readonly n: number
  readonly source: Source
}

/** Every source a page of the scenario may cite, in the order that numbers them. */
export function numberedSources(scenario: Pick<Scenario, 'sources' | 'actors'>): readonly Source[] {
  const listed = new Set(scenario.sources.map((s) => s.id))
  const extra: Source[] = []
  const add = (actor: Scenario['actors'][keyof Scenario['actors']], text: string): void => {
    for (const id of citedIds(text)) {
      const source = actor.sources.find((s) => s.id === id)
      if (source && !listed.has(id)) {
        listed.add(id)
        extra.push(source)
      }
    }
  }
  // An actor's summary is numbered in the same list as the scenario's text: its sources come after the
  // scenario's own, in the order of the scenario's actors and of each summary's markers.
  for (const actor of Object.values(scenario.actors)) add(actor, actor.summary)
  // Then what the actors' records before the start cite (the crisis page shows them): last, so that adding the
  // record moved no number the summaries' markers already had.
  for (const actor of Object.values(scenario.actors)) for (const entry of actor.record) add(actor, entry.text)
  return [...scenario.sources, ...extra]
}

/** The entries of `sources` that the texts cite, each with its number in that list, in the list's order. */
export function sourcesCitedIn(
  sources: readonly Source[],
  texts: readonly string[],
): readonly NumberedSource[] {
  const cited = new Set(texts.flatMap(citedIds))
  return sources.flatMap((source, i) => (cited.has(source.id) ? [{ n: i + 1, source }] : []))
}
