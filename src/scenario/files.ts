// Reads scenario and actor files from disk, for the command line and the server alike. Node only: the scenario
// package's face (index.ts) leaves it out, so the browser's bundle never meets node:fs.
import { readdirSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { catalogFor, SCENARIO_DIR } from './catalog-files'
import { isTranslationFile, loadScenario, misnamedProblem, type Problem, type Scenario } from './index'
import { readText } from './read-text'
import { said } from './wording/en'

export { ACTOR_DIR, readCatalog, SCENARIO_DIR } from './catalog-files'
export { type ReadText, readText } from './read-text'

const SCENARIO_FILE = /\.(ya?ml|json)$/

/** The scenario (or, in actors/, actor) files of a folder: not the translations beside them. */
export const scenarioPaths = (dir = SCENARIO_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => SCENARIO_FILE.test(f) && !isTranslationFile(f))
    .sort()
    .map((f) => join(dir, f))

/**
 * The warning a file named so that the game will never read it gets, such as crisis.yaml.txt (Notepad's hidden
 * ending): the check reads any file it is given, but the game's library and `npm run sim` only those named .yaml,
 * .yml or .json. Undefined for a file the game reads, and for a translation's name.
 */
export function unreadName(path: string, file: string): Problem | undefined {
  if (SCENARIO_FILE.test(path) || isTranslationFile(path)) return undefined
  const base = path.slice(path.lastIndexOf(sep) + 1)
  const stem = base.replace(/\.[^.]*$/, '')
  const rename = SCENARIO_FILE.test(stem) ? stem : `${stem || base}.yaml`
  return { file, line: 1, column: 1, path: '', ...said('unread-name', { rename }) }
}

/** The translation files of a folder, such as kazakhstan-2022.ru.yaml. */
export const translationPaths = (dir = SCENARIO_DIR): string[] =>
  readdirSync(dir)
    .filter(isTranslationFile)
    .sort()
    .map((f) => join(dir, f))

export type Found = { ok: true; path: string } | { ok: false; message: string }

/**
 * Finds a scenario by path, or by id: the `id:` inside a file of scenarios/, else a file name there without its
 * extension. An instructor who copied a bundled file and gave it a new id names it by that id. A translation named
 * so (`kazakhstan-2022.ru`) is found as its file, for the caller to say whose translation it is.
 */
export function findScenario(nameOrPath: string, dir = SCENARIO_DIR): Found {
  if (SCENARIO_FILE.test(nameOrPath) || nameOrPath.includes(sep) || nameOrPath.includes('/'))
    return { ok: true, path: resolve(nameOrPath) }
  const files = scenarioPaths(dir).map((path) => ({ path, id: idOf(path) }))
  const found =
    files.find((f) => f.id === nameOrPath) ??
    files.find((f) => f.path.slice(f.path.lastIndexOf(sep) + 1).replace(SCENARIO_FILE, '') === nameOrPath)
  if (found) return { ok: true, path: found.path }
  const translation = translationPaths(dir).find(
    (path) => path.slice(path.lastIndexOf(sep) + 1).replace(SCENARIO_FILE, '') === nameOrPath,
  )
  if (translation) return { ok: true, path: translation }
  const ids = files.flatMap((f) => (f.id ? [f.id] : []))
  return {
    ok: false,
    message: `no scenario with the id "${nameOrPath}" in ${dir === SCENARIO_DIR ? 'scenarios/' : dir}; the ids there: ${ids.join(', ')}. Or give the path of a file.`,
  }
}

/** A scenario's path by id or path, for tools that name a bundled scenario they know is there. */
export function resolveScenarioPath(nameOrPath: string): string {
  const found = findScenario(nameOrPath)
  return found.ok ? found.path : join(SCENARIO_DIR, `${nameOrPath}.yaml`)
}

/** A file's top-level id, read without the schema: a file with mistakes still has a name. */
function idOf(path: string): string | undefined {
  const read = readText(path)
  if (!read.ok) return undefined
  return /^(?:id|"id")\s*:\s*["']?([a-z][a-z0-9-]*)/m.exec(read.text)?.[1]
}

/**
 * Reads a scenario with its catalog: the standing profiles, with those of an `actors/` folder beside it in place
 * of their namesakes (catalog-files.ts), as `npm run check` reads it too.
 */
export function readScenario(
  path: string,
):
  | { ok: true; scenario: Scenario; warnings: readonly Problem[] }
  | { ok: false; problems: readonly Problem[]; warnings: readonly Problem[] } {
  // Named like a translation (crisis.RU.yaml), it is told as one, as npm run check tells it, not read as a scenario.
  const misnamed = misnamedProblem(path, path)
  if (misnamed) return { ok: false, problems: [misnamed], warnings: [] }
  const catalog = catalogFor({ scenario: path })
  if (!catalog.ok) return { ok: false, problems: catalog.problems, warnings: catalog.warnings }
  const text = readText(path)
  if (!text.ok) return { ok: false, problems: [text.problem], warnings: [] }
  const result = loadScenario(text.text, path, catalog.catalog)
  return result.ok
    ? {
        ok: true,
        scenario: result.value,
        warnings: [...catalog.warnings, ...text.warnings, ...result.warnings],
      }
    : { ok: false, problems: result.problems, warnings: [...text.warnings, ...result.warnings] }
}
