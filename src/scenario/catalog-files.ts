// The actor catalog a scenario is checked and played with, read from disk: the standing profiles of
// scenarios/actors/, then those of an `actors/` folder beside the scenario, then any actor files named to
// `npm run check`; a later profile takes the place of an earlier one with the same id, and a new id is added.
// `npm run check` and `npm run sim` both read it here, so a scenario passes both or fails both, for one reason.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { borderProblems, type ProfileText } from './border-problems'
import { loadCatalog } from './load'
import { misnamedProblem } from './misnamed-translation'
import { type Parsed, parseWith } from './parse-file'
import { readText } from './read-text'
import { ActorFile, type ActorFileData } from './schema'
import { isTranslationFile } from './translation-files'
import type { ActorCatalog, Problem } from './types'

export const SCENARIO_DIR = resolve(import.meta.dirname, '..', '..', 'scenarios')
export const ACTOR_DIR = join(SCENARIO_DIR, 'actors')

/**
 * The catalog, or the problems that keep it from loading; either way the warnings of the profiles that loaded, so
 * that a broken profile does not hide what the others are told.
 */
export type CatalogFiles = (
  | { readonly ok: true; readonly catalog: ActorCatalog }
  | { readonly ok: false; readonly problems: readonly Problem[] }
) & {
  /** The warnings of the instructor's own profiles: those beside the scenario, and those named. */
  readonly warnings: readonly Problem[]
  readonly standingWarnings: readonly Problem[]
  /** Every profile file read. */
  readonly files: readonly string[]
  readonly parsed: ParsedProfiles
}

/**
 * Each profile file read, by its resolved path: its name and its parse against the schema, or undefined when it
 * could not be read. npm run check compares a profile's translation with it rather than read the file again.
 */
export type ParsedProfiles = ReadonlyMap<
  string,
  { readonly name: string; readonly parsed: Parsed<ActorFileData> } | undefined
>

/** The `actors/` folder beside a scenario file, when there is one other than the standing catalog. */
export function actorsBeside(scenario: string): string | undefined {
  const dir = join(dirname(resolve(scenario)), 'actors')
  try {
    return statSync(dir).isDirectory() && dir !== ACTOR_DIR ? dir : undefined
  } catch {
    return undefined
  }
}

/** A folder's profile files, not its translations; a misnamed translation is among them, to be told as one. */
const profilePaths = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !isTranslationFile(f))
    .sort()
    .map((f) => join(dir, f))

interface Layer {
  readonly catalog: ActorCatalog
  readonly problems: readonly Problem[]
  readonly warnings: readonly Problem[]
  /** The profiles' texts, for the land-border check across layers. */
  readonly texts: readonly ProfileText[]
  /** Whether a profile could not be read at all (so its id is unknown). */
  readonly unread: boolean
  /** Whether every profile loaded. */
  readonly ok: boolean
  readonly parsed: ParsedProfiles
}

/** Some profiles, each read and parsed; an id defined twice among them is a problem. */
function readLayer(paths: readonly string[], name: (path: string) => string): Layer {
  const problems: Problem[] = []
  const decoded: Problem[] = []
  const parsed = new Map<string, { name: string; parsed: Parsed<ActorFileData> } | undefined>()
  let unread = false
  const texts = paths.flatMap((path) => {
    const misnamed = misnamedProblem(path, name(path))
    if (misnamed) {
      problems.push(misnamed)
      return []
    }
    const read = readText(path, name(path))
    if (!read.ok) {
      problems.push(read.problem)
      parsed.set(resolve(path), undefined)
      unread = true
      return []
    }
    decoded.push(...read.warnings)
    const file = { name: name(path), text: read.text, parsed: parseWith(ActorFile, read.text, name(path)) }
    parsed.set(resolve(path), file)
    return [file]
  })
  const loaded = loadCatalog(texts)
  // The warnings of the profiles that loaded are kept when another did not.
  const warnings = [...decoded, ...loaded.warnings]
  return loaded.ok
    ? { catalog: loaded.value, problems, warnings, texts, unread, ok: problems.length === 0, parsed }
    : {
        catalog: new Map(),
        problems: [...problems, ...loaded.problems],
        warnings,
        texts,
        unread,
        ok: false,
        parsed,
      }
}

/**
 * The land-border problems of layers laid over each other, told whether or not every profile loaded: those of the
 * profiles that did are not held back until a broken one is mended.
 */
const layerBorders = (layers: readonly Layer[]): Problem[] =>
  borderProblems(
    layers.flatMap((l) => l.texts),
    layers.every((l) => l.ok)
      ? { loaded: new Map(layers.flatMap((l) => [...l.catalog])) }
      : { unread: layers.some((l) => l.unread) },
  )

/**
 * The catalog for a scenario file (without one, the standing catalog), with the actor files `named` laid over
 * it. `name` gives each file the name its problems carry.
 */
export function catalogFor({
  scenario,
  named = [],
  name = (path) => path,
}: {
  readonly scenario?: string | undefined
  readonly named?: readonly string[]
  readonly name?: (path: string) => string
}): CatalogFiles {
  const beside = scenario === undefined ? undefined : actorsBeside(scenario)
  const isNamed = new Set(named.map((p) => resolve(p)))
  const unnamed = (paths: readonly string[]) => paths.filter((p) => !isNamed.has(resolve(p)))
  const standing = unnamed(profilePaths(ACTOR_DIR))
  const own = [...new Set([...unnamed(beside ? profilePaths(beside) : []), ...named])]
  const files = [...standing, ...own]
  const base = readLayer(standing, name)
  const mine = readLayer(own, name)
  const problems = [...base.problems, ...mine.problems, ...layerBorders([base, mine])]
  const parsed = new Map([...base.parsed, ...mine.parsed])
  const told = { warnings: mine.warnings, standingWarnings: base.warnings, files, parsed }
  if (problems.length > 0) return { ok: false, problems, ...told }
  return { ok: true, catalog: new Map([...base.catalog, ...mine.catalog]), ...told }
}

/** One folder's catalog alone (the standing one unless told), as the server and the schema read it. */
export function readCatalog(
  dir = ACTOR_DIR,
): { ok: true; catalog: ActorCatalog } | { ok: false; problems: readonly Problem[] } {
  const layer = readLayer(profilePaths(dir), (p) => p)
  const problems = [...layer.problems, ...layerBorders([layer])]
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: layer.catalog }
}
