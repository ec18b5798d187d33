// Where a page's citation markers lead. A page that shows its sources wraps its text in a scope: inside it a
// marker [5] is a button that takes the reader to entry 5 of the list; outside one it is a number only.
import { createContext, type ReactNode, useContext } from 'react'
import type { Source } from '../../store'
import { sourcesCitedIn } from '../../store/other-pages'
import { CitedSources } from './cited-sources'

const Scope = createContext<string | null>(null)

/** The scope a marker sits in, if its page shows a source list to lead to. */
export const useSourceScope = (): string | null => useContext(Scope)

/** Markers inside lead to the list of this scope, which the page shows elsewhere (the debrief's last part). */
export const SourceListScope = Scope.Provider

/**
 * The page's text, then the sources it cites, numbered as on every page of the crisis: `sources` is the crisis's
 * one numbered list (`numberedSources`, or a live brief's `scenario.sources`), `texts` the texts the page shows
 * that may carry markers.
 */
export function SourcesScope({
  scope,
  sources,
  texts,
  heading = 'h2',
  about,
  children,
}: {
  scope: string
  sources: readonly Source[]
  texts: readonly string[]
  heading?: 'h2' | 'h3'
  /** What the text was, where a page holds several lists (the cases compared). */
  about?: string | undefined
  children: ReactNode
}) {
  const entries = sourcesCitedIn(sources, texts)
  return (
    <Scope.Provider value={entries.length > 0 ? scope : null}>
      {children}
      {entries.length > 0 ? (
        <CitedSources scope={scope} entries={entries} heading={heading} about={about} />
      ) : null}
    </Scope.Provider>
  )
}
