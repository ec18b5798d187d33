// Everything about a scenario the model needs at every leaf, computed once per solve.
import type { ActorId, Facts, Scenario } from '../../scenario/types'
import { REQUEST_OPTIONS } from '../decisions/options'
import type { Framing, RequestDecision } from '../decisions/types'
import { FRAMINGS } from '../decisions/types'
import { shapedWeights } from '../interests/weights'
import { evaluateTreaty, type VerdictStatus } from '../treaty/verdict'
import { contingentOf } from './deployment'
import { falsity } from './model'

export interface ModelContext {
  readonly scenario: Scenario
  readonly facts: Facts
  readonly leader: ActorId
  readonly china: ActorId | undefined
  /** Members other than the requester and the leader: the Council's other votes. */
  readonly voters: readonly ActorId[]
  /** Every actor with interests, in a fixed order: utilities are arrays in this order. */
  readonly actors: readonly ActorId[]
  readonly leaderShare: number
  /** The verdict on a request with each framing, and on a hypothetical one. */
  readonly verdictFor: Readonly<Record<Framing | 'hypothetical', VerdictStatus>>
  /** Each actor's shaped weights, in `actors` order. */
  readonly weights: readonly Float64Array[]
  /** Each actor's attachment to the strict reading of Article 4, in `actors` order. */
  readonly strictness: readonly number[]
  /** The requester's options, the most honest framing first: ties go to restraint, then to honesty. */
  readonly requestOptions: readonly RequestDecision[]
  /** China's weights, normalised, for China's satisfaction; absent when no such power is in the scenario. */
  readonly chinaWeights: Float64Array | undefined
}

export function modelContext(scenario: Scenario): ModelContext {
  const leader = scenario.members.find((m) => scenario.actors[m]!.kind === 'leading-member')
  if (!leader)
    throw new Error(`scenario ${scenario.id} has no leading member: the loader should have refused it`)
  const china = Object.values(scenario.actors).find((a) => a.kind === 'neighbour-power')?.id
  const voters = scenario.members.filter((m) => m !== scenario.requester && m !== leader)
  const verdictFor = Object.fromEntries([
    ...FRAMINGS.map((framing) => [
      framing,
      evaluateTreaty(scenario.facts, { kind: 'request', framing, help: 'symbolic', days: 14 }).status,
    ]),
    ['hypothetical', evaluateTreaty(scenario.facts, 'hypothetical').status],
  ]) as Record<Framing | 'hypothetical', VerdictStatus>
  const actors = Object.keys(scenario.actors) as ActorId[]
  const weights = actors.map((a) => shapedWeights(scenario.actors[a]!, scenario))
  const chinaRaw = china ? weights[actors.indexOf(china)]! : undefined
  const chinaTotal = chinaRaw ? chinaRaw.reduce((s, w) => s + Math.abs(w), 0) : 0
  return {
    scenario,
    facts: scenario.facts,
    leader,
    china,
    voters,
    actors,
    weights,
    strictness: actors.map((a) => scenario.actors[a]!.traits.externalOnlyReading),
    chinaWeights: chinaRaw && chinaTotal > 0 ? chinaRaw.map((w) => w / chinaTotal) : undefined,
    leaderShare: contingentOf(scenario, 'symbolic', leader).leaderShare,
    verdictFor,
    requestOptions: [...REQUEST_OPTIONS].sort(
      (a, b) =>
        (a.kind === 'request' ? 1 + falsity(scenario.facts, a.framing) : 0) -
        (b.kind === 'request' ? 1 + falsity(scenario.facts, b.framing) : 0),
    ),
  }
}
