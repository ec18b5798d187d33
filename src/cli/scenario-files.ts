// Reads scenario and actor files from disk for the command-line tools: the only file I/O they share.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { type ActorCatalog, loadCatalog, loadScenario, type Problem, type Scenario } from '../scenario'

export const SCENARIO_DIR = resolve(import.meta.dirname, '..', '..', 'scenarios')
export const ACTOR_DIR = join(SCENARIO_DIR, 'actors')

const SCENARIO_FILE = /\.(ya?ml|json)$/

export const scenarioPaths = (dir = SCENARIO_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => SCENARIO_FILE.test(f))
    .sort()
    .map((f) => join(dir, f))

/** Reads a file as text, or says plainly why it cannot. */
export function readText(path: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file')
    return { ok: true, text: readFileSync(path, 'utf8') }
  } catch {
    return {
      ok: false,
      problem: { file: path, line: 1, column: 1, path: '', message: 'cannot read this file: does it exist?' },
    }
  }
}

export function readCatalog(
  dir = ACTOR_DIR,
): { ok: true; catalog: ActorCatalog } | { ok: false; problems: readonly Problem[] } {
  const files = scenarioPaths(dir).map((path) => ({ name: path, text: readFileSync(path, 'utf8') }))
  const result = loadCatalog(files)
  return result.ok ? { ok: true, catalog: result.value } : { ok: false, problems: result.problems }
}

/** Finds a scenario by path or by id (the file name in scenarios/ without its extension). */
export function resolveScenarioPath(nameOrPath: string): string {
  if (SCENARIO_FILE.test(nameOrPath)) return resolve(nameOrPath)
  return join(SCENARIO_DIR, `${basename(nameOrPath)}.yaml`)
}

/** Reads a scenario with the catalog beside it (an instructor's own folder may have one), else the standing one. */
export function readScenario(
  path: string,
): { ok: true; scenario: Scenario } | { ok: false; problems: readonly Problem[] } {
  const beside = join(dirname(path), 'actors')
  const catalog = readCatalog(existsSync(beside) ? beside : ACTOR_DIR)
  if (!catalog.ok) return catalog
  const text = readText(path)
  if (!text.ok) return { ok: false, problems: [text.problem] }
  const result = loadScenario(text.text, path, catalog.catalog)
  return result.ok ? { ok: true, scenario: result.value } : { ok: false, problems: result.problems }
}
