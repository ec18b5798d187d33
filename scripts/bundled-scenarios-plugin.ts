// A Vite plugin that parses the bundled scenarios at build time, with the same loader the browser
// and the command line use, so the game ships them as checked data and not as YAML plus a parser.
// Each scenario is a module of its own, so that a game's address reads its own scenario and not all of them; a
// small index names them. The actor catalog (for an instructor's own scenarios) is another module, and so are the
// translations, checked against the originals, for the game to load when a player picks another language.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { checkTranslationFile } from '../src/scenario/check-translation'
import { decodeText } from '../src/scenario/decode-text'
import { duplicateIds } from '../src/scenario/duplicate-ids'
import { formatProblems } from '../src/scenario/format-problems'
import { loadCatalog, loadScenario, parseActorFile } from '../src/scenario/load'
import { misnamedProblem } from '../src/scenario/misnamed-translation'
import { readYaml } from '../src/scenario/read-yaml'
import type { Translation } from '../src/scenario/translation'
import { isTranslationFile, LANGUAGES, translationOf } from '../src/scenario/translation-files'
import type { LoadResult, Problem, Scenario } from '../src/scenario/types'

const ID = 'virtual:bundled-scenarios'
const RESOLVED = `\0${ID}`
const CATALOG_ID = 'virtual:bundled-catalog'
const CATALOG_RESOLVED = `\0${CATALOG_ID}`
/** One scenario's module is this and its id; the build names its chunk "scenario-" and the id. */
export const SCENARIO_MODULE = 'virtual:bundled/scenario-'
const SCENARIO_RESOLVED = `\0${SCENARIO_MODULE}`
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
  // Read once a build (each scenario's module and the index come from the same reading), and again when one of
  // the files changes while the development server runs.
  let reading: Bundled | undefined
  const bundled = (context: Context): Bundled => {
    reading ??= readBundled(root, context)
    for (const path of reading.paths) context.addWatchFile(path)
    return reading
  }
  return {
    name: 'article-four:bundled-scenarios',
    buildStart() {
      reading = undefined
    },
    watchChange() {
      reading = undefined
    },
    resolveId: (id) =>
      id === ID || id === TRANSLATIONS_ID || id === CATALOG_ID || id.startsWith(SCENARIO_MODULE)
        ? `\0${id}`
        : undefined,
    load(id) {
      if (id === RESOLVED) {
        // The index: each scenario's id and a loader of its module, or the problems of a file that did not load.
        const items = bundled(this).scenarios.map((r) =>
          r.ok
            ? `{ id: ${JSON.stringify(r.value.id)}, load: () => import(${JSON.stringify(SCENARIO_MODULE + r.value.id)}) }`
            : `{ failed: JSON.parse(${JSON.stringify(JSON.stringify(r))}) }`,
        )
        return `export default [\n${items.join(',\n')}\n]`
      }
      if (id.startsWith(SCENARIO_RESOLVED)) {
        const wanted = id.slice(SCENARIO_RESOLVED.length)
        const found = bundled(this).scenarios.find((r) => r.ok && r.value.id === wanted)
        if (!found) this.error(`no bundled scenario has the id "${wanted}"`)
        return emitted(found)
      }
      if (id === CATALOG_RESOLVED) {
        const { catalog } = bundled(this)
        return emitted(catalog.ok ? { ok: true, value: [...catalog.value.values()], warnings: [] } : catalog)
      }
      if (id === TRANSLATIONS_RESOLVED) return emitted(readTranslations(bundled(this), this))
      return undefined
    },
  }
}

/** Data as a module: a JSON literal parses faster than the same object written as JavaScript. */
const emitted = (data: unknown): string =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`

/** The little of Rollup's plugin context the reading uses. */
export interface Context {
  addWatchFile(path: string): void
  error(message: string): never
}

type Bundled = ReturnType<typeof readBundled>

/** The bundled files as the loader reads them: the scenarios in file order, each with its file, and the catalog. */
export function readBundled(root: string, context: Context) {
  const dir = join(root, 'scenarios')
  const actors = join(dir, 'actors')
  const nameOf = (folder: string, f: string) => `scenarios/${folder === actors ? 'actors/' : ''}${f}`
  // A file named like a translation the game cannot read (crisis.RU.yaml) is no scenario: npm run check says so.
  const misnamed = [dir, actors].flatMap((folder) =>
    readdirSync(folder).flatMap((f) => misnamedProblem(f, nameOf(folder, f)) ?? []),
  )
  if (misnamed.length > 0) context.error(`a file is named like a translation:\n${formatProblems(misnamed)}`)
  const files = (folder: string) =>
    readdirSync(folder)
      .filter((f) => DATA_FILE.test(f) && !isTranslationFile(f))
      .sort()
      .map((f) => ({ path: join(folder, f), name: nameOf(folder, f) }))
  const paths: string[] = []
  const readFile = (f: { path: string; name: string }): Read => {
    paths.push(f.path)
    return { ...f, decoded: decodeText(readFileSync(f.path), f.name) }
  }
  const texts = (list: readonly Read[]) =>
    list.flatMap(({ name, decoded }) => (decoded.ok ? [{ name, text: decoded.text }] : []))
  const scenarioFiles = files(dir).map(readFile)
  // Each scenario's YAML read once, for its id here and to be loaded below.
  const reads = new Map(texts(scenarioFiles).map(({ name, text }) => [name, readYaml(text, name)]))
  // Two files with one id would give two cards that open the same scenario: the build stops, naming both.
  const shared = duplicateIds([...reads].map(([name, read]) => ({ name, read })))
  if (shared.length > 0) context.error(`two scenarios share an id:\n${formatProblems(shared)}`)
  const actorFiles = files(actors).map(readFile)
  const unreadable = actorFiles.flatMap(({ decoded }) => (decoded.ok ? [] : decoded.problems))
  const catalog: ReturnType<typeof loadCatalog> =
    unreadable.length > 0 ? { ok: false, problems: unreadable, warnings: [] } : loadCatalog(texts(actorFiles))
  const scenarios = scenarioFiles.map(({ name, decoded }): LoadResult<Scenario> => {
    if (!decoded.ok) return { ...decoded, warnings: [] }
    return catalog.ok
      ? loadScenario(decoded.text, name, catalog.value, reads.get(name))
      : { ok: false, problems: catalog.problems, warnings: [] }
  })
  return { scenarioFiles, actorFiles, catalog, scenarios, paths }
}

/** The translations of the bundled files, by language; a broken one is ours to mend, so the build stops. */
function readTranslations({ scenarioFiles, actorFiles, scenarios }: Bundled, context: Context) {
  const problems: Problem[] = []
  const translate = (kind: 'scenario' | 'actor', file: Read, fileId: string, into: Translations) => {
    if (!file.decoded.ok) return
    for (const language of LANGUAGES) {
      const path = translationOf(file.path, language)
      // By the folder's own list: a Mac's existsSync would find crisis.RU.yaml under this name, Linux would not.
      if (!readdirSync(dirname(path)).includes(basename(path))) continue
      context.addWatchFile(path)
      const name = translationOf(file.name, language)
      const t = { path, name, decoded: decodeText(readFileSync(path), name) }
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
    context.error(`a translation does not fit its original:\n${formatProblems(problems)}`)
  return data
}
