// What a scenario may say but probably does not mean: warnings, never errors, since each can be a deliberate
// hypothetical. The command line and the workshop show them beside the play-test, and beside the problems of a
// file with some. Each family of warnings names the fields it reads and is given only when every one of them
// parsed (salvage.ts), as the checks across fields are (references.ts): a file the schema refused in part is
// warned about the fields that passed, never from one the schema refused.
import { checkHistory } from './check-history'
import type { Locate } from './read-yaml'
import { type Salvaged, whenParsed } from './salvage'
import type { ActorFileData, ScenarioFileData } from './schema'
import type { ActorCatalog, ActorId, Problem } from './types'
import { type Said, said } from './wording/en'

type Data = ScenarioFileData

type Warning = {
  readonly path: readonly PropertyKey[]
  readonly at?: 'key' | 'value'
} & Said

/**
 * The alliance's region, from Belarus and Kaliningrad in the west to Kazakhstan's eastern border, and from
 * Tajikistan's Afghan border to northern Kazakhstan, with a margin: every member and neighbour fits.
 */
const REGION = { south: 34, north: 58, west: 18, east: 92 } as const

/** The warnings of a scenario's fields as far as they parsed, each at its place in the file. */
export function scenarioWarnings(
  salvaged: Salvaged,
  catalog: ActorCatalog,
  file: string,
  locate: Locate,
): Problem[] {
  const when = whenParsed(salvaged)
  const found: readonly Warning[] = [
    ...(when(['kind', 'history'], unrecordedWarnings) ?? []),
    ...(when(['kind', 'overrides'], overrideWarnings) ?? []),
    ...(when(['facts'], (d) => adversaryWarnings(d, (id) => catalog.get(id))) ?? []),
    ...(when(['place'], placeWarnings) ?? []),
    ...(when(['requester', 'members'], requesterWarnings) ?? []),
    ...(when(['history', 'kind', 'members', 'requester'], (d) => checkHistory(d).warnings) ?? []),
  ]
  return found.map(({ path, at, ...what }) => ({
    file,
    ...locate(path, at),
    path: path.map(String).join('.'),
    ...what,
  }))
}

function unrecordedWarnings(data: Pick<Data, 'kind' | 'history'>): Warning[] {
  if (data.kind !== 'historical' || data.history) return []
  return [{ path: ['kind'], ...said('historical-without-history', {}) }]
}

function overrideWarnings(data: Pick<Data, 'kind' | 'overrides'>): Warning[] {
  if (data.kind !== 'historical') return []
  return Object.keys(data.overrides).map((id) => ({
    path: ['overrides', id],
    at: 'key' as const,
    ...said('historical-override', { id }),
  }))
}

function adversaryWarnings(
  data: Pick<Data, 'facts'>,
  profile: (id: ActorId) => ActorFileData | undefined,
): Warning[] {
  const { adversary, threat, territory } = data.facts
  const warnings: Warning[] = []
  const kind = adversary.actor ? profile(adversary.actor)?.kind : undefined
  if (kind === 'leading-member')
    warnings.push({
      path: ['facts', 'adversary', 'actor'],
      ...said('adversary-leader', { id: adversary.actor! }),
    })
  else if (adversary.kind === 'partner-of-russia' && kind === 'neighbour-power')
    warnings.push({
      path: ['facts', 'adversary', 'kind'],
      ...said('adversary-great-power', { id: adversary.actor! }),
    })
  if (adversary.kind === 'internal' && (threat.kind === 'interstate-war' || threat.kind === 'border-clash'))
    warnings.push({
      path: ['facts', 'threat', 'kind'],
      ...said('internal-war', { threat: threat.kind }),
    })
  if (adversary.kind === 'internal' && territory === 'foreign')
    warnings.push({
      path: ['facts', 'territory'],
      ...said('internal-abroad', {}),
    })
  return warnings
}

function placeWarnings(data: Pick<Data, 'place'>): Warning[] {
  const { lat, lon } = data.place
  const inside = (la: number, lo: number) =>
    la >= REGION.south && la <= REGION.north && lo >= REGION.west && lo <= REGION.east
  if (inside(lat, lon)) return []
  return [
    {
      path: ['place', 'lat'],
      ...said(inside(lon, lat) ? 'place-swapped' : 'place-far', { lat, lon }),
    },
  ]
}

function requesterWarnings(data: Pick<Data, 'requester' | 'members'>): Warning[] {
  if (data.members.includes(data.requester)) return []
  return [
    {
      path: ['requester'],
      ...said('requester-outside', { id: data.requester }),
    },
  ]
}
