// Reads scenario and actor files from disk, for the command line and the server alike. Node only: the scenario
// package's face (index.ts) leaves it out, so the browser's bundle never meets node:fs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import {
  type ActorCatalog,
  decodeText,
  isTranslationFile,
  loadCatalog,
  loadScenario,
  type Problem,
  type Scenario,
} from './index'
import { said } from './wording/en'

export const SCENARIO_DIR = resolve(import.meta.dirname, '..', '..', 'scenarios')
export const ACTOR_DIR = join(SCENARIO_DIR, 'actors')

const SCENARIO_FILE = /\.(ya?ml|json)$/

/** The scenario (or, in actors/, actor) files of a folder: not the translations beside them. */
export const scenarioPaths = (dir = SCENARIO_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => SCENARIO_FILE.test(f) && !isTranslationFile(f))
    .sort()
    .map((f) => join(dir, f))

/** The translation files of a folder, such as kazakhstan-2022.ru.yaml. */
export const translationPaths = (dir = SCENARIO_DIR): string[] =>
  readdirSync(dir)
    .filter(isTranslationFile)
    .sort()
    .map((f) => join(dir, f))

export type ReadText =
  | { ok: true; text: string; warnings: readonly Problem[] }
  | { ok: false; problem: Problem }

/**
 * Reads a file as text, or says plainly why it cannot. Text saved as Windows-1252 is converted, with a warning
 * saying so; text in no encoding we can tell is refused with its line (decode-text.ts).
 */
export function readText(path: string, name = path): ReadText {
  let bytes: Uint8Array
  try {
    if (!statSync(path).isFile()) throw new Error('not a file')
    bytes = readFileSync(path)
  } catch {
    return {
      ok: false,
      problem: { file: name, line: 1, column: 1, path: '', ...said('cannot-read', {}) },
    }
  }
  const decoded = decodeText(bytes, name)
  return decoded.ok
    ? { ok: true, text: decoded.text, warnings: decoded.warnings }
    : { ok: false, problem: decoded.problems[0]! }
}

export function readCatalog(
  dir = ACTOR_DIR,
): { ok: true; catalog: ActorCatalog } | { ok: false; problems: readonly Problem[] } {
  const problems: Problem[] = []
  const files = scenarioPaths(dir).flatMap((path) => {
    const read = readText(path)
    if (!read.ok) problems.push(read.problem)
    return read.ok ? [{ name: path, text: read.text }] : []
  })
  const result = loadCatalog(files)
  if (!result.ok) problems.push(...result.problems)
  return problems.length > 0 || !result.ok ? { ok: false, problems } : { ok: true, catalog: result.value }
}

export type Found = { ok: true; path: string } | { ok: false; message: string }

/**
 * Finds a scenario by path, or by id: the `id:` inside a file of scenarios/, else a file name there without its
 * extension. An instructor who copied a bundled file and gave it a new id names it by that id.
 */
export function findScenario(nameOrPath: string, dir = SCENARIO_DIR): Found {
  if (SCENARIO_FILE.test(nameOrPath) || nameOrPath.includes(sep) || nameOrPath.includes('/'))
    return { ok: true, path: resolve(nameOrPath) }
  const files = scenarioPaths(dir).map((path) => ({ path, id: idOf(path) }))
  const found =
    files.find((f) => f.id === nameOrPath) ??
    files.find((f) => f.path.slice(f.path.lastIndexOf(sep) + 1).replace(SCENARIO_FILE, '') === nameOrPath)
  if (found) return { ok: true, path: found.path }
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

/** Reads a scenario with the catalog beside it (an instructor's own folder may have one), else the standing one. */
export function readScenario(
  path: string,
):
  | { ok: true; scenario: Scenario; warnings: readonly Problem[] }
  | { ok: false; problems: readonly Problem[] } {
  const beside = join(dirname(path), 'actors')
  const catalog = readCatalog(existsSync(beside) ? beside : ACTOR_DIR)
  if (!catalog.ok) return catalog
  const text = readText(path)
  if (!text.ok) return { ok: false, problems: [text.problem] }
  const result = loadScenario(text.text, path, catalog.catalog)
  return result.ok
    ? { ok: true, scenario: result.value, warnings: [...text.warnings, ...result.warnings] }
    : { ok: false, problems: [...text.warnings, ...result.problems] }
}
