// The bundled scenarios and the engine, each loaded on demand: the library's first paint waits for neither (it
// shows the scenarios' summaries), and the library never loads the engine, which runs in a worker of its own.
import previews from 'virtual:scenario-previews'
import type { LoadResult, Scenario } from '../scenario/types'
import type { ContentTranslations } from './content-translations'
import type { LibraryEntry, Session } from './kit'
import type { PreviewEntry } from './scenario-preview'

/** The bundled scenarios as the library's cards show them: a few kilobytes, in the first page's own script. */
export const loadPreviews = async (): Promise<readonly PreviewEntry[]> => previews

export async function loadBundledLibrary(): Promise<readonly LibraryEntry[]> {
  const { bundledScenarios } = await import('../scenario/bundled')
  return (await bundledScenarios()).map(entryOf)
}

/** One bundled scenario, for a game's address, which needs no other; undefined when none has that id. */
export async function loadBundledScenario(id: string): Promise<LibraryEntry | undefined> {
  const { bundledScenario } = await import('../scenario/bundled')
  const result = await bundledScenario(id)
  return result && entryOf(result)
}

const entryOf = (result: LoadResult<Scenario>): LibraryEntry =>
  result.ok
    ? { ok: true, scenario: result.value }
    : { ok: false, file: result.problems[0]?.file ?? 'a scenario file', problems: result.problems }

export const loadSession = (): Promise<Session> => import('./worker-session').then((m) => m.workerSession())

/** The bundled scenarios' translations: fetched only when a reader picks a language other than English. */
export const loadTranslations = (): Promise<ContentTranslations> =>
  import('../scenario/bundled-translations').then(({ inLanguage, cardInLanguage, lookupsOf }) => ({
    inLanguage,
    cardInLanguage,
    lookupsOf,
  }))
