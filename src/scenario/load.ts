// Parse, don't validate: scenario and actor files become typed, frozen objects, or a list of plain problems.
import { actorAnachronisms, actorProse, scenarioAnachronisms, scenarioProse } from './anachronisms'
import { checkHistory } from './check-history'
import { citedIds } from './citations'
import { parseWith, sortProblems } from './parse-file'
import type { Locate } from './read-yaml'
import { scenarioWarnings, type Warning } from './scenario-warnings'
import { ActorFile, type ActorFileData, ScenarioFile, type ScenarioFileData } from './schema'
import { recordAsOf } from './set-in-time'
import type { Actor, ActorCatalog, ActorId, LoadResult, Problem, Scenario } from './types'

export function parseActorFile(text: string, file: string): LoadResult<ActorFileData> {
  const r = parseWith(ActorFile, text, file)
  return r.ok ? { ok: true, value: r.value.data, warnings: [] } : { ok: false, problems: r.problems }
}

export function parseScenarioFile(
  text: string,
  file: string,
): LoadResult<{ data: ScenarioFileData; locate: Locate }> {
  const r = parseWith(ScenarioFile, text, file)
  return r.ok ? r : { ok: false, problems: r.problems }
}

/** The standing catalog from its files: every file parsed, no actor id twice. */
export function loadCatalog(files: readonly { name: string; text: string }[]): LoadResult<ActorCatalog> {
  const catalog = new Map<ActorId, ActorFileData>()
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const seenIn = new Map<ActorId, string>()
  for (const { name, text } of files) {
    const r = parseWith(ActorFile, text, name)
    if (!r.ok) {
      problems.push(...r.problems)
      continue
    }
    const { data, locate } = r.value
    const cited = unresolvedCitations(actorProse(data), data.sources, name, locate)
    if (cited.length > 0) {
      problems.push(...cited)
      continue
    }
    warnings.push(...actorAnachronisms(data, name, text, locate))
    const first = seenIn.get(data.id)
    if (first) {
      problems.push({
        file: name,
        ...locate(['id']),
        path: 'id',
        message: `actor "${data.id}" is already defined in ${first}`,
      })
      continue
    }
    seenIn.set(data.id, name)
    catalog.set(data.id, data)
  }
  return problems.length > 0
    ? { ok: false, problems: sortProblems(problems) }
    : { ok: true, value: catalog, warnings: sortProblems(warnings) }
}

/** Each citation marker in the prose must name an entry of the file's own source list. */
function unresolvedCitations(
  prose: readonly { path: readonly (string | number)[]; text: string }[],
  sources: readonly { id: string }[],
  file: string,
  locate: Locate,
): Problem[] {
  const known = new Set(sources.map((s) => s.id))
  return prose.flatMap(({ path, text }) =>
    citedIds(text)
      .filter((id) => !known.has(id))
      .map((id) => ({
        file,
        ...locate(path),
        path: path.join('.'),
        message: `cites [${id}], but no source has the id "${id}"`,
      })),
  )
}

/** Checks what one file cannot check alone (references, duplicates) and resolves the actors. */
export function resolveScenario(
  data: ScenarioFileData,
  catalog: ActorCatalog,
  file: string,
  locate: Locate,
): LoadResult<Scenario> {
  const problems: Problem[] = []
  const add = (path: readonly PropertyKey[], message: string, at: 'key' | 'value' = 'value') =>
    problems.push({ file, ...locate(path, at), path: path.map(String).join('.'), message })
  const known = (id: ActorId, path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): boolean => {
    if (catalog.has(id)) return true
    add(path, `unknown actor "${id}": the actor catalog has ${[...catalog.keys()].join(', ')}`, at)
    return false
  }

  for (const [i, m] of data.members.entries()) known(m, ['members', i])
  for (const [i, o] of data.observers.entries()) known(o, ['observers', i])
  duplicates(data.members, (i, id) => add(['members', i], `"${id}" is listed twice`))
  duplicates(data.observers, (i, id) => add(['observers', i], `"${id}" is listed twice`))
  data.observers.forEach((o, i) => {
    if (data.members.includes(o)) add(['observers', i], `"${o}" is already a member: list it once`)
  })
  // A state outside the alliance may ask too (Uzbekistan, 2022): the treaty's verdict says why Article 4 does not
  // reach it. It must still be in the scenario, for its interests to count.
  if (
    known(data.requester, ['requester']) &&
    !data.members.includes(data.requester) &&
    !data.observers.includes(data.requester)
  )
    add(
      ['requester'],
      `the requester "${data.requester}" is in neither members nor observers: add it to members if it belongs to the alliance, or else to observers`,
    )
  const leaders = data.members.filter((m) => catalog.get(m)?.kind === 'leading-member')
  if (leaders.length !== 1)
    add(['members'], `the members must include exactly one leading member (Russia); found ${leaders.length}`)
  else if (leaders[0] === data.requester)
    add(['requester'], 'the leading member cannot be the one asking for help')
  for (const m of data.members) {
    const kind = catalog.get(m)?.kind
    if (kind === 'neighbour-power' || kind === 'outsider')
      add(
        ['members', data.members.indexOf(m)],
        `"${m}" is not a member state in the catalog (its kind is ${kind})`,
      )
  }

  const adversary = data.facts.adversary
  const checkAdversary = (a: { kind: string; actor?: ActorId | undefined }, at: readonly PropertyKey[]) => {
    const actorAt = [...at, 'actor']
    if (a.actor) {
      known(a.actor, actorAt)
      if (a.actor === data.requester) add(actorAt, 'the adversary cannot be the requester itself')
    }
    if (a.kind === 'member' && (!a.actor || !data.members.includes(a.actor)))
      add(actorAt, 'an adversary of kind "member" must name one of the members')
    if (a.kind === 'partner-of-russia' && !a.actor)
      add(actorAt, 'an adversary of kind "partner-of-russia" must name the state')
    if (a.kind === 'internal' && a.actor) add(actorAt, 'an internal adversary is not a state: remove "actor"')
  }
  checkAdversary(adversary, ['facts', 'adversary'])
  for (const [i, inject] of data.injects.entries())
    for (const [j, change] of inject.changes.entries())
      if (change.fact === 'adversary') checkAdversary(change.to, ['injects', i, 'changes', j, 'to'])

  // An adversary an inject brings in is named too: its interests appear once it is in the crisis.
  const named = new Set<ActorId>([
    ...data.members,
    ...data.observers,
    ...(adversary.actor ? [adversary.actor] : []),
    ...data.injects.flatMap((x) =>
      x.changes.flatMap((c) => (c.fact === 'adversary' && c.to.actor ? [c.to.actor] : [])),
    ),
  ])
  data.roles.forEach((r, i) => {
    if (known(r.actor, ['roles', i, 'actor']) && !named.has(r.actor))
      add(['roles', i, 'actor'], `"${r.actor}" plays no part here: add it to members or observers`)
  })
  duplicates(
    data.roles.map((r) => r.id),
    (i, id) => add(['roles', i, 'id'], `role id "${id}" is used twice`),
  )
  duplicates(
    data.injects.map((x) => x.id),
    (i, id) => add(['injects', i, 'id'], `inject id "${id}" is used twice`),
  )
  duplicates(
    data.sources.map((s) => s.id),
    (i, id) => add(['sources', i, 'id'], `source id "${id}" is used twice`),
  )
  const sourceIds = new Set(data.sources.map((s) => s.id))
  for (const [fact, ids] of Object.entries(data.citations)) {
    ids?.forEach((id, i) => {
      if (!sourceIds.has(id)) add(['citations', fact, i], `no source with id "${id}" in sources`)
    })
  }
  problems.push(...unresolvedCitations(scenarioProse(data), data.sources, file, locate))
  if (data.kind === 'historical' && data.assumptions.length > 0)
    add(
      ['assumptions'],
      'a historical scenario states the record, not assumptions: put this in the background, or make the scenario hypothetical',
      'key',
    )
  for (const id of Object.keys(data.overrides) as ActorId[]) {
    if (known(id, ['overrides', id], 'key') && !named.has(id))
      add(['overrides', id], `"${id}" plays no part here: add it to members or observers`, 'key')
  }
  if (data.dates.end && data.dates.end < data.dates.start)
    add(['dates', 'end'], 'the end date is before the start date')
  const history = checkHistory(data)
  for (const e of history.errors) add(e.path, e.message)
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }

  const actors = {} as Record<ActorId, Actor>
  for (const id of named) actors[id] = resolveActor(catalog.get(id)!, data.overrides[id], data.dates.start)
  const { $schema: _schema, overrides: _overrides, ...rest } = data
  const found: readonly Warning[] = [...scenarioWarnings(data, catalog), ...history.warnings]
  const warnings = found.map((w) => ({
    file,
    ...locate(w.path, w.at),
    path: w.path.map(String).join('.'),
    message: w.message,
  }))
  return { ok: true, value: deepFreeze({ ...rest, actors }), warnings: sortProblems(warnings) }
}

/** The standing profile as the scenario sees it: its record up to the start date, with any override applied. */
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

/** Parses and resolves a scenario file against the catalog. */
export function loadScenario(text: string, file: string, catalog: ActorCatalog): LoadResult<Scenario> {
  const parsed = parseScenarioFile(text, file)
  if (!parsed.ok) return parsed
  const { data, locate } = parsed.value
  const resolved = resolveScenario(data, catalog, file, locate)
  if (!resolved.ok) return resolved
  const later = scenarioAnachronisms(data, file, text, locate)
  return { ...resolved, warnings: sortProblems([...parsed.warnings, ...resolved.warnings, ...later]) }
}

function duplicates<T>(items: readonly T[], report: (index: number, item: T) => void): void {
  const seen = new Set<T>()
  items.forEach((item, i) => {
    if (seen.has(item)) report(i, item)
    seen.add(item)
  })
}

/** Frozen all the way down, so code past the boundary cannot change what it was given. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
