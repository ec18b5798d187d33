// The names the group exercises' set-up forms show of a bundled crisis (its title, its roles' titles) in the
// reader's language, from where the library's page takes them: the library the store translates, or, until it
// has come, the cards' previews. A scenario neither knows in that language (one imported into this browser, or
// any while the translations come) keeps its own words.
import {
  type LibraryState,
  type PreviewEntry,
  selectLibraryInLanguage,
  selectPreviewInLanguage,
  useGame,
} from '../../store'

interface Named {
  readonly id: string
  readonly title: string
  readonly roles: readonly { readonly id: string; readonly title: string }[]
}

export interface TitlesInLanguage {
  readonly scenario: (id: string, own: string) => string
  readonly role: (scenario: string, role: string, own: string) => string
}

export function titlesIn(library: LibraryState, preview: readonly PreviewEntry[] | null): TitlesInLanguage {
  const known: Named[] = [
    ...(library.status === 'ready' || library.status === 'partial'
      ? library.entries.flatMap((e) => (e.ok && !e.imported ? [e.scenario] : []))
      : []),
    ...(preview ?? []).flatMap((e) => (e.ok ? [e.scenario] : [])),
  ]
  const find = (id: string) => known.find((s) => s.id === id)
  return {
    scenario: (id, own) => find(id)?.title ?? own,
    role: (scenario, role, own) => find(scenario)?.roles.find((r) => r.id === role)?.title ?? own,
  }
}

export function useTitlesInLanguage(): TitlesInLanguage {
  return titlesIn(useGame(selectLibraryInLanguage), useGame(selectPreviewInLanguage))
}
