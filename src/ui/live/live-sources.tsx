// The sources a live screen's texts cite, under the text: the single-player pages' list and markers, fed by the
// numbered list the session's brief carries, so a marker [5] is entry 5 on a workshop screen as in the game.
// Only what the given texts cite is listed: a team never reads of a source that an unreleased inject alone cites,
// and what the facilitator's dashboard shows the room never names a source from inside a fold.
import type { ReactNode } from 'react'
import { type Source, sourcesCitedIn } from '../../store'
import { CitedSources } from '../components/cited-sources'
import { SourceListScope } from '../components/source-scope'

export function LiveSources({
  scope,
  sources,
  texts,
  heading = 'h2',
  about,
  children,
}: {
  /** Unique on the screen: it makes the entries' ids, which the markers inside lead to. */
  scope: string
  /** The session's numbered list (`PublicScenario.sources`). */
  sources: readonly Source[]
  /** The texts shown inside that may carry markers. */
  texts: readonly string[]
  heading?: 'h2' | 'h3'
  /** What the texts are, where the screen holds more than one list. */
  about?: string | undefined
  children: ReactNode
}) {
  const entries = sourcesCitedIn(sources, texts)
  return (
    <SourceListScope value={entries.length > 0 ? scope : null}>
      {children}
      {entries.length > 0 ? (
        <CitedSources scope={scope} entries={entries} heading={heading} about={about} />
      ) : null}
    </SourceListScope>
  )
}
