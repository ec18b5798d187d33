// Parse, don't validate: scenario and actor files become typed, frozen objects, or a list of plain problems.
import { actorIdAsWritten, actorReferenceProblems } from './actor-references'
import { actorAnachronisms, scenarioAnachronisms } from './anachronisms'
import { renameFormerForces } from './former-names'
import { asWritten, type Parsed, parseWith, renamedWarnings, sortProblems } from './parse-file'
import { type Locate, type ReadResult, readYaml } from './read-yaml'
import { namedActors, referenceProblems } from './references'
import { salvageScenario, whenParsed, wholeScenario } from './salvage'
import { scenarioWarnings } from './scenario-warnings'
import { ActorFile, type ActorFileData, ScenarioFile, type ScenarioFileData } from './schema'
import { recordAsOf } from './set-in-time'
import type { Actor, ActorCatalog, ActorId, LoadResult, Problem, Scenario } from './types'
import { said } from './wording/en'

export function parseActorFile(text: string, file: string): LoadResult<ActorFileData> {
  const r = parseWith(ActorFile, text, file)
  return r.ok
    ? { ok: true, value: r.value.data, warnings: [] }
    : { ok: false, problems: r.problems, warnings: [] }
}

export function parseScenarioFile(
  text: string,
  file: string,
): LoadResult<{ data: ScenarioFileData; locate: Locate }> {
  const r = parseWith(ScenarioFile, text, file)
  return r.ok ? r : { ok: false, problems: r.problems, warnings: [] }
}

/**
 * The standing catalog from its files: every file parsed, no actor id twice. `parsed`, a file's parse against
 * ActorFile when the caller has made it (npm run check compares a profile's translation with the same parse).
 */
export function loadCatalog(
  files: readonly { name: string; text: string; parsed?: Parsed<ActorFileData> }[],
): LoadResult<ActorCatalog> {
  const catalog = new Map<ActorId, ActorFileData>()
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const seenIn = new Map<ActorId, string>()
  for (const { name, text, parsed } of files) {
    const r = parsed ?? parseWith(ActorFile, text, name)
    // A profile the schema rejected is still told what its other fields show.
    const read = asWritten(r)
    const own: Problem[] = r.ok ? [] : [...r.problems]
    if (read) own.push(...actorReferenceProblems(read.data, name, read.locate))
    const id = read && actorIdAsWritten(read.data)
    if (read && id !== undefined) {
      const first = seenIn.get(id)
      if (first)
        own.push({
          file: name,
          ...read.locate(['id']),
          path: 'id',
          ...said('actor-defined-twice', { id, first }),
        })
      else seenIn.set(id, name)
    }
    if (!r.ok || own.length > 0) {
      problems.push(...own)
      continue
    }
    const { data, locate } = r.value
    warnings.push(...actorAnachronisms(data, name, text, locate))
    catalog.set(data.id, data)
  }
  return problems.length > 0
    ? { ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings) }
    : { ok: true, value: catalog, warnings: sortProblems(warnings) }
}

/**
 * Checks what one file cannot check alone (references, duplicates) and resolves the actors. The warnings come
 * with the problems too: the data passed the schema, so what they say of it holds.
 */
export function resolveScenario(
  data: ScenarioFileData,
  catalog: ActorCatalog,
  file: string,
  locate: Locate,
): LoadResult<Scenario> {
  const whole = wholeScenario(data)
  const warnings = sortProblems(scenarioWarnings(whole, catalog, file, locate))
  const problems = referenceProblems(whole, catalog, file, locate)
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), warnings }

  const actors = {} as Record<ActorId, Actor>
  for (const id of namedActors(data))
    actors[id] = resolveActor(catalog.get(id)!, data.overrides[id], data.dates.start)
  const { $schema: _schema, overrides: _overrides, ...rest } = data
  return { ok: true, value: deepFreeze({ ...rest, actors }), warnings }
}

/** The standing profile as the scenario sees it: its record before the start date, with any override applied. */
function resolveActor(
  standing: ActorFileData,
  override: ScenarioFileData['overrides'][ActorId] | undefined,
  start: string,
): Actor {
  const { $schema: _schema, ...rest } = standing
  const profile = { ...rest, record: recordAsOf(rest.record, start) }
  if (!override) return profile
  const fields = [
    ...Object.keys(override.interests ?? {}).map((k) => `interests.${k}`),
    ...Object.keys(override.traits ?? {}).map((k) => `traits.${k}`),
  ]
  return {
    ...profile,
    interests: { ...profile.interests, ...override.interests },
    traits: { ...profile.traits, ...override.traits },
    override: {
      why: override.why,
      fields,
      standing: { interests: profile.interests, traits: profile.traits },
    },
  }
}

/** Parses and resolves a scenario file against the catalog; `read`, its YAML if the caller has read it (parse-file.ts). */
export function loadScenario(
  text: string,
  file: string,
  catalog: ActorCatalog,
  read: ReadResult = readYaml(text, file),
): LoadResult<Scenario> {
  return loadParsedScenario(parseWith(ScenarioFile, text, file, read), text, file, catalog)
}

/**
 * Resolves a scenario file already parsed against the schema: npm run check parses each once, and compares its
 * translations with the same parse.
 */
export function loadParsedScenario(
  parsed: Parsed<ScenarioFileData>,
  text: string,
  file: string,
  catalog: ActorCatalog,
): LoadResult<Scenario> {
  if (!parsed.ok) return refused(parsed, text, file, catalog)
  const { data, locate } = parsed.value
  const resolved = resolveScenario(data, catalog, file, locate)
  const later = scenarioAnachronisms(data, data.dates.start, file, text, locate)
  return { ...resolved, warnings: sortProblems([...parsed.warnings, ...resolved.warnings, ...later]) }
}

/**
 * A file the schema rejected, with what its other fields already show: the references and cross-field rules
 * that can be decided without a rejected field (references.ts), so one check tells every problem, and the warnings
 * of the fields that passed (scenario-warnings.ts), its texts' later years once its dates passed, and the former
 * force names it uses. Not for a file that is not YAML as written or has a line out of place: what its fields hold
 * is not what its author meant.
 */
function refused(
  parsed: Extract<Parsed<ScenarioFileData>, { ok: false }>,
  text: string,
  file: string,
  catalog: ActorCatalog,
): LoadResult<Scenario> {
  const { data, locate } = parsed
  const salvaged = data === undefined ? undefined : salvageScenario(data)
  if (!salvaged || !locate) return { ok: false, problems: parsed.problems, warnings: [] }
  const later = whenParsed(salvaged)(['dates'], (d) =>
    scenarioAnachronisms(data, d.dates.start, file, text, locate),
  )
  return {
    ok: false,
    problems: sortProblems([...parsed.problems, ...referenceProblems(salvaged, catalog, file, locate)]),
    warnings: sortProblems([
      ...renamedWarnings(renameFormerForces(data).renamed, file, locate),
      ...scenarioWarnings(salvaged, catalog, file, locate),
      ...(later ?? []),
    ]),
  }
}

/** Frozen all the way down, so code past the boundary cannot change what it was given. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
