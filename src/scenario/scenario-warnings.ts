// What a scenario may say but probably does not mean: warnings, never errors, since each can be a deliberate
// hypothetical. The command line and the workshop show them beside the play-test.
import type { ActorFileData, ScenarioFileData } from './schema'
import type { ActorCatalog, ActorId } from './types'

export interface Warning {
  readonly path: readonly PropertyKey[]
  readonly at?: 'key' | 'value'
  readonly message: string
}

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
      message:
        'a historical scenario without "history": the debrief cannot set the students\' game beside what happened. Add history (the guide lists its fields), or make the scenario hypothetical',
    })
  for (const id of Object.keys(data.overrides))
    warnings.push({
      path: ['overrides', id],
      at: 'key',
      message: `an override of "${id}" in a historical scenario: historical scenarios use the standing profiles, so the debrief tests the model as it stands against history. Make the scenario hypothetical, or remove the override`,
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
      message: `"${adversary.actor}" is the alliance's leading member: a crisis in which it is the adversary is far outside anything the model was built from. Is that what you meant?`,
    })
  else if (adversary.kind === 'partner-of-russia' && kind === 'neighbour-power')
    warnings.push({
      path: ['facts', 'adversary', 'kind'],
      message: `"${adversary.actor}" is a neighbouring great power, not one of Moscow's partners in the region (such as Azerbaijan or Uzbekistan): is "partner-of-russia" what you meant, or "outsider"?`,
    })
  if (adversary.kind === 'internal' && (threat.kind === 'interstate-war' || threat.kind === 'border-clash'))
    warnings.push({
      path: ['facts', 'threat', 'kind'],
      message: `"${threat.kind}" against an internal adversary: a war or a border clash has a state on the other side. Should the adversary be a state, or the threat "unrest", "insurgency" or "ethnic-violence"?`,
    })
  if (adversary.kind === 'internal' && territory === 'foreign')
    warnings.push({
      path: ['facts', 'territory'],
      message:
        'the fighting is on another state\'s land ("foreign"), yet the adversary is internal: is "own" what you meant?',
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
      message: inside(lon, lat)
        ? `lat ${lat} and lon ${lon} look swapped: latitude (north) comes first, about 37 to 55 in the alliance's region`
        : `lat ${lat}, lon ${lon} is far from the alliance's region (Belarus to Kazakhstan, about 37 to 55 north and 23 to 87 east): the map would mark the crisis there. Check the numbers and their signs`,
    },
  ]
}

function requesterWarnings(data: ScenarioFileData): Warning[] {
  if (data.members.includes(data.requester)) return []
  return [
    {
      path: ['requester'],
      message: `"${data.requester}" is not one of the members: Article 4 protects members only, so the treaty's verdict will say it cannot apply. Is that what you meant?`,
    },
  ]
}
