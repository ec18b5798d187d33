// Parse, don't validate: scenario and actor files become typed, frozen objects, or a list of plain problems.
import type { z } from 'zod'
import { actorAnachronisms, actorProse, scenarioAnachronisms, scenarioProse } from './anachronisms'
import { citedIds } from './citations'
import { describeIssue } from './describe-issue'
import { renameFormerForces } from './former-names'
import { type Locate, readYaml } from './read-yaml'
import { ActorFile, type ActorFileData, ScenarioFile, type ScenarioFileData } from './schema'
import { recordAsOf } from './set-in-time'
import type { Actor, ActorCatalog, ActorId, LoadResult, Problem, Scenario } from './types'

function parseWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
): LoadResult<{ data: z.output<S>; locate: Locate }> {
  const read = readYaml(text, file)
  if (!read.ok) return read
  const { data, renamed } =
    (schema as z.ZodType) === ScenarioFile ? renameFormerForces(read.data) : { data: read.data, renamed: [] }
  const warnings = renamed.map(({ path, from, to }) => ({
    file,
    ...read.locate(path, 'value'),
    path: path.map(String).join('.'),
    message: `"${from}" is now called "${to}": the file loads, but write "${to}"`,
  }))
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: { data: parsed.data, locate: read.locate }, warnings }
  const problems = parsed.error.issues.flatMap((issue) =>
    describeIssue(issue, read.data).map(({ path, message }) => {
      const { line, column } = read.locate(path, issue.code === 'unrecognized_keys' ? 'key' : 'value')
      return { file, line, column, path: path.map(String).join('.'), message }
    }),
  )
  return { ok: false, problems: sortProblems(suggestSpellings(problems)) }
}

/** An unknown field beside a missing one with a similar name is most likely a typo of it. */
function suggestSpellings(problems: Problem[]): Problem[] {
  const missing = problems.flatMap((p) => {
    const m = /^missing field "(.+)"$/.exec(p.message)
    return m ? [{ parent: p.path.split('.').slice(0, -1).join('.'), name: m[1]! }] : []
  })
  return problems.map((p) => {
    const m = /^unknown field "(.+)"$/.exec(p.message)
    if (!m) return p
    const parent = p.path.split('.').slice(0, -1).join('.')
    const near = missing.find((x) => x.parent === parent && editDistance(x.name, m[1]!) <= 2)
    return near ? { ...p, message: `${p.message} (did you mean "${near.name}"?)` } : p
  })
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

export function parseActorFile(text: string, file: string): LoadResult<ActorFileData> {
  const r = parseWith(ActorFile, text, file)
  return r.ok ? { ok: true, value: r.value.data, warnings: [] } : r
}

export function parseScenarioFile(
  text: string,
  file: string,
): LoadResult<{ data: ScenarioFileData; locate: Locate }> {
  return parseWith(ScenarioFile, text, file)
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
  if (!data.members.includes(data.requester))
    add(['requester'], `the requester "${data.requester}" must be one of the members`)
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
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }

  const actors = {} as Record<ActorId, Actor>
  for (const id of named) actors[id] = resolveActor(catalog.get(id)!, data.overrides[id], data.dates.start)
  const { $schema: _schema, overrides: _overrides, ...rest } = data
  return { ok: true, value: deepFreeze({ ...rest, actors }), warnings: [] }
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

const sortProblems = (problems: Problem[]): Problem[] =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)

/** Frozen all the way down, so code past the boundary cannot change what it was given. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
