// Parse, don't validate: scenario and actor files become typed, frozen objects, or a list of plain problems.
import { actorAnachronisms, actorProse, scenarioAnachronisms, scenarioProse } from './anachronisms'
import { checkHistory } from './check-history'
import { citedIds } from './citations'
import { parseWith, sortProblems } from './parse-file'
import type { Locate } from './read-yaml'
import { scenarioWarnings, type Warning } from './scenario-warnings'
import { ActorFile, type ActorFileData, ScenarioFile, type ScenarioFileData } from './schema'
import { recordAsOf } from './set-in-time'
import { hoursOutOfOrder } from './stage-hours'
import type { Actor, ActorCatalog, ActorId, LoadResult, Problem, Scenario } from './types'
import { type Said, said } from './wording/en'

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
        ...said('actor-defined-twice', { id: data.id, first }),
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
        ...said('unknown-citation', { id }),
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
  const add = (path: readonly PropertyKey[], what: Said, at: 'key' | 'value' = 'value') =>
    problems.push({ file, ...locate(path, at), path: path.map(String).join('.'), ...what })
  const known = (id: ActorId, path: readonly PropertyKey[], at: 'key' | 'value' = 'value'): boolean => {
    if (catalog.has(id)) return true
    add(path, said('unknown-actor', { id, known: [...catalog.keys()] }), at)
    return false
  }

  for (const [i, m] of data.members.entries()) known(m, ['members', i])
  for (const [i, o] of data.observers.entries()) known(o, ['observers', i])
  duplicates(data.members, (i, id) => add(['members', i], said('listed-twice', { id })))
  duplicates(data.observers, (i, id) => add(['observers', i], said('listed-twice', { id })))
  data.observers.forEach((o, i) => {
    if (data.members.includes(o)) add(['observers', i], said('observer-is-member', { id: o }))
  })
  // A state outside the alliance may ask too (Uzbekistan, 2022): the treaty's verdict says why Article 4 does not
  // reach it. It must still be in the scenario, for its interests to count.
  if (
    known(data.requester, ['requester']) &&
    !data.members.includes(data.requester) &&
    !data.observers.includes(data.requester)
  )
    add(['requester'], said('requester-unlisted', { id: data.requester }))
  const leaders = data.members.filter((m) => catalog.get(m)?.kind === 'leading-member')
  if (leaders.length !== 1) add(['members'], said('leading-members', { found: leaders.length }))
  else if (leaders[0] === data.requester) add(['requester'], said('leader-requests', {}))
  for (const m of data.members) {
    const kind = catalog.get(m)?.kind
    if (kind === 'neighbour-power' || kind === 'outsider')
      add(['members', data.members.indexOf(m)], said('not-a-member-state', { id: m, kind }))
  }

  const adversary = data.facts.adversary
  const checkAdversary = (a: { kind: string; actor?: ActorId | undefined }, at: readonly PropertyKey[]) => {
    const actorAt = [...at, 'actor']
    if (a.actor) {
      known(a.actor, actorAt)
      if (a.actor === data.requester) add(actorAt, said('adversary-requests', {}))
    }
    if (a.kind === 'member' && (!a.actor || !data.members.includes(a.actor)))
      add(actorAt, said('adversary-member-unnamed', {}))
    if (a.kind === 'partner-of-russia' && !a.actor) add(actorAt, said('adversary-partner-unnamed', {}))
    if (a.kind === 'internal' && a.actor) add(actorAt, said('adversary-internal-state', {}))
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
      add(['roles', i, 'actor'], said('plays-no-part', { id: r.actor }))
  })
  duplicates(
    data.roles.map((r) => r.id),
    (i, id) => add(['roles', i, 'id'], said('id-twice', { of: 'role', id })),
  )
  duplicates(
    data.injects.map((x) => x.id),
    (i, id) => add(['injects', i, 'id'], said('id-twice', { of: 'inject', id })),
  )
  duplicates(
    data.sources.map((s) => s.id),
    (i, id) => add(['sources', i, 'id'], said('id-twice', { of: 'source', id })),
  )
  const sourceIds = new Set(data.sources.map((s) => s.id))
  for (const [fact, ids] of Object.entries(data.citations)) {
    ids?.forEach((id, i) => {
      if (!sourceIds.has(id)) add(['citations', fact, i], said('no-such-source', { id }))
    })
  }
  problems.push(...unresolvedCitations(scenarioProse(data), data.sources, file, locate))
  if (data.kind === 'historical' && data.assumptions.length > 0)
    add(['assumptions'], said('historical-assumptions', {}), 'key')
  for (const id of Object.keys(data.overrides) as ActorId[]) {
    if (known(id, ['overrides', id], 'key') && !named.has(id))
      add(['overrides', id], said('plays-no-part', { id }), 'key')
  }
  const { start, end, decision } = data.dates
  if (end && end < start) add(['dates', 'end'], said('end-before-start', {}))
  if (decision && (decision < start || (end !== undefined && decision > end)))
    add(['dates', 'decision'], said('decision-outside-dates', {}))
  for (const { stage, what } of hoursOutOfOrder(data)) add(['dates', 'hours', stage], what)
  const history = checkHistory(data)
  for (const { path, ...what } of history.errors) add(path, what)
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }

  const actors = {} as Record<ActorId, Actor>
  for (const id of named) actors[id] = resolveActor(catalog.get(id)!, data.overrides[id], data.dates.start)
  const { $schema: _schema, overrides: _overrides, ...rest } = data
  const found: readonly Warning[] = [...scenarioWarnings(data, catalog), ...history.warnings]
  const warnings = found.map(({ path, at, ...what }) => ({
    file,
    ...locate(path, at),
    path: path.map(String).join('.'),
    ...what,
  }))
  return { ok: true, value: deepFreeze({ ...rest, actors }), warnings: sortProblems(warnings) }
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
