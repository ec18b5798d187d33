// What a scenario may say but probably does not mean: warnings, never errors, since each can be a deliberate
// hypothetical. The command line and the workshop show them beside the play-test.
import type { ActorFileData, ScenarioFileData } from './schema'
import type { ActorCatalog, ActorId } from './types'
import { type Said, said } from './wording/en'

export type Warning = {
  readonly path: readonly PropertyKey[]
  readonly at?: 'key' | 'value'
} & Said

/**
 * The alliance's region, from Belarus and Kaliningrad in the west to Kazakhstan's eastern border, and from
 * Tajikistan's Afghan border to northern Kazakhstan, with a margin: every member and neighbour fits.
 */
const REGION = { south: 34, north: 58, west: 18, east: 92 } as const

export function scenarioWarnings(data: ScenarioFileData, catalog: ActorCatalog): Warning[] {
  return [
    ...recordWarnings(data),
    ...adversaryWarnings(data, (id) => catalog.get(id)),
    ...placeWarnings(data),
    ...requesterWarnings(data),
  ]
}

function recordWarnings(data: ScenarioFileData): Warning[] {
  if (data.kind !== 'historical') return []
  const warnings: Warning[] = []
  if (!data.history)
    warnings.push({
      path: ['kind'],
      ...said('historical-without-history', {}),
    })
  for (const id of Object.keys(data.overrides))
    warnings.push({
      path: ['overrides', id],
      at: 'key',
      ...said('historical-override', { id }),
    })
  return warnings
}

function adversaryWarnings(
  data: ScenarioFileData,
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

function placeWarnings(data: ScenarioFileData): Warning[] {
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

function requesterWarnings(data: ScenarioFileData): Warning[] {
  if (data.members.includes(data.requester)) return []
  return [
    {
      path: ['requester'],
      ...said('requester-outside', { id: data.requester }),
    },
  ]
}
