// A Vite plugin that parses the bundled scenarios at build time, with the same loader the browser
// and the command line use, so the game ships them as checked data and not as YAML plus a parser.
// Their translations are a module of their own, checked against the originals, for the game to load when a
// player picks another language and not before.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { checkTranslationFile } from '../src/scenario/check-translation'
import { decodeText } from '../src/scenario/decode-text'
import { duplicateIds } from '../src/scenario/duplicate-ids'
import { formatProblems } from '../src/scenario/format-problems'
import { loadCatalog, loadScenario, parseActorFile } from '../src/scenario/load'
import type { Translation } from '../src/scenario/translation'
import { isTranslationFile, LANGUAGES, translationOf } from '../src/scenario/translation-files'
import type { LoadResult, Problem } from '../src/scenario/types'

const ID = 'virtual:bundled-scenarios'
const RESOLVED = `\0${ID}`
const TRANSLATIONS_ID = 'virtual:bundled-translations'
const TRANSLATIONS_RESOLVED = `\0${TRANSLATIONS_ID}`
const DATA_FILE = /\.(ya?ml|json)$/

interface Read {
  readonly path: string
  readonly name: string
  readonly decoded: ReturnType<typeof decodeText>
}
/** Each file's translations, by language, keyed by the id of the scenario or actor it translates. */
type Translations = Record<string, Partial<Record<(typeof LANGUAGES)[number], Translation>>>

export function bundledScenarios(root: string): Plugin {
  const dir = join(root, 'scenarios')
  const actors = join(dir, 'actors')
  const files = (folder: string) =>
    readdirSync(folder)
      .filter((f) => DATA_FILE.test(f) && !isTranslationFile(f))
      .sort()
      .map((f) => ({ path: join(folder, f), name: `scenarios/${folder === actors ? 'actors/' : ''}${f}` }))

  return {
    name: 'article-four:bundled-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : id === TRANSLATIONS_ID ? TRANSLATIONS_RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED && id !== TRANSLATIONS_RESOLVED) return undefined
      const read = (f: { path: string; name: string }): Read => {
        this.addWatchFile(f.path)
        return { ...f, decoded: decodeText(readFileSync(f.path), f.name) }
      }
      const readAll = (folder: string) => files(folder).map(read)
      const texts = (list: readonly Read[]) =>
        list.flatMap(({ name, decoded }) => (decoded.ok ? [{ name, text: decoded.text }] : []))
      const scenarioFiles = readAll(dir)
      // Two files with one id would give two cards that open the same scenario: the build stops, naming both.
      const shared = duplicateIds(texts(scenarioFiles))
      if (shared.length > 0) this.error(`two scenarios share an id:\n${formatProblems(shared)}`)
      const actorFiles = readAll(actors)
      const unreadable = actorFiles.flatMap(({ decoded }) => (decoded.ok ? [] : decoded.problems))
      const catalog: ReturnType<typeof loadCatalog> =
        unreadable.length > 0 ? { ok: false, problems: unreadable } : loadCatalog(texts(actorFiles))
      const scenarios = scenarioFiles.map(({ name, decoded }): LoadResult<{ id: string }> => {
        if (!decoded.ok) return decoded
        return catalog.ok ? loadScenario(decoded.text, name, catalog.value) : catalog
      })
      if (id === RESOLVED) {
        const data = {
          catalog: catalog.ok ? { ok: true, value: [...catalog.value.values()], warnings: [] } : catalog,
          scenarios,
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
      }

      // A broken translation of a bundled file is ours to mend: the build stops, naming it.
      const problems: Problem[] = []
      const translate = (kind: 'scenario' | 'actor', file: Read, fileId: string, into: Translations) => {
        if (!file.decoded.ok) return
        for (const language of LANGUAGES) {
          const path = translationOf(file.path, language)
          if (!existsSync(path)) continue
          const t = read({ path, name: translationOf(file.name, language) })
          if (!t.decoded.ok) {
            problems.push(...t.decoded.problems)
            continue
          }
          const r = checkTranslationFile(
            kind,
            { name: t.name, text: t.decoded.text },
            { name: file.name, text: file.decoded.text },
          )
          if (r.ok) into[fileId] = { ...into[fileId], [language]: r.value }
          else problems.push(...r.problems)
        }
      }
      const data = { scenarios: {} as Translations, actors: {} as Translations }
      scenarioFiles.forEach((file, i) => {
        const loaded = scenarios[i]
        if (loaded?.ok) translate('scenario', file, loaded.value.id, data.scenarios)
      })
      for (const file of actorFiles) {
        const actor = file.decoded.ok ? parseActorFile(file.decoded.text, file.name) : undefined
        if (actor?.ok) translate('actor', file, actor.value.id, data.actors)
      }
      if (problems.length > 0)
        this.error(`a translation does not fit its original:\n${formatProblems(problems)}`)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
