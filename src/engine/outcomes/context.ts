// Everything about a scenario the model needs at every leaf, computed once per solve.
import type { ActorId, Facts, Scenario } from '../../scenario/types'
import {
  REQUEST_OPTIONS,
  type ResponseSetting,
  VOTE_OPTIONS,
  VOTE_OPTIONS_BEFORE_ABSTENTION,
} from '../decisions/options'
import type { Framing, RequestDecision, Unit, VoteDecision } from '../decisions/types'
import { FRAMINGS } from '../decisions/types'
import { neighbourWeight } from '../interests/neighbour'
import { precedentWeight } from '../interests/precedent'
import { shapedWeights } from '../interests/weights'
import { ABSTENTION_FROM, inForceOn, type Situation, situationOf } from '../treaty/text'
import { evaluateTreaty, type VerdictStatus } from '../treaty/verdict'
import { russianShareOf, TROOPS } from './deployment'
import { falsity } from './falsity'
import { basedTroops } from './strain'

export interface ModelContext {
  readonly scenario: Scenario
  readonly facts: Facts
  readonly situation: Situation
  readonly leader: ActorId
  readonly china: ActorId | undefined
  /** Members other than the requester and the leader: the Council's other votes, in a fixed order. */
  readonly voters: readonly ActorId[]
  /** Consent, object, and abstain once the Charter allowed it (on the treaty's day, `situation.date`). */
  readonly voteOptions: readonly VoteDecision[]
  /** Every actor with interests, in a fixed order: utilities are arrays in this order. */
  readonly actors: readonly ActorId[]
  /** Each actor's index in `actors`. */
  readonly index: ReadonlyMap<ActorId, number>
  /** The verdict on a request with each framing, and on a hypothetical one. */
  readonly verdictFor: Readonly<Record<Framing | 'hypothetical', VerdictStatus>>
  /** What Moscow may answer to a request with each framing. */
  readonly responseSetting: Readonly<Record<Framing, ResponseSetting>>
  /** Each actor's shaped weights, in `actors` order. */
  readonly weights: readonly Float64Array[]
  /** Each deciding member's attachment to the strict reading of Article 4, in `actors` order (0 for the rest). */
  readonly strictness: readonly number[]
  /** Each voting member's weight on its own independence when its land borders the requester's, in `actors` order (0 for the rest). */
  readonly neighbourWeight: readonly number[]
  /** Each voting member's weight on its own independence, paid on a force sent into an internal conflict (precedent.ts), in `actors` order (0 for the rest). */
  readonly precedentWeight: readonly number[]
  /** The requester's options, the most honest framing first: ties go to restraint, then to honesty. */
  readonly requestOptions: readonly RequestDecision[]
  /** Russia's share of each unit's troops (all of its own force; of a collective force, its contingent's share). */
  readonly russianShare: Readonly<Record<Unit, number>>
  /** The Russian troops based in the requester's country on the treaty's day (0 where there is no base yet). */
  readonly basedTroops: number
  /** China's weights, normalised, for China's satisfaction; absent when no such power is in the scenario. */
  readonly chinaWeights: Float64Array | undefined
}

export function modelContext(scenario: Scenario): ModelContext {
  const leader = scenario.members.find((m) => scenario.actors[m]!.kind === 'leading-member')
  if (!leader)
    throw new Error(`scenario ${scenario.id} has no leading member: the loader should have refused it`)
  const china = Object.values(scenario.actors).find((a) => a.kind === 'neighbour-power')?.id
  const voters = scenario.members.filter((m) => m !== scenario.requester && m !== leader)
  const situation = situationOf(scenario)
  const verdictFor = Object.fromEntries([
    ...FRAMINGS.map((framing) => [
      framing,
      evaluateTreaty(situation, { kind: 'request', framing, help: 'peacekeepers', days: 14 }).status,
    ]),
    ['hypothetical', evaluateTreaty(situation, 'hypothetical').status],
  ]) as Record<Framing | 'hypothetical', VerdictStatus>
  const member = situation.requesterIsMember
  const againstMember = scenario.facts.adversary.kind === 'member'
  const responseSetting = Object.fromEntries(
    FRAMINGS.map((framing) => [framing, { verdict: verdictFor[framing], member, againstMember }]),
  ) as Record<Framing, ResponseSetting>
  const actors = Object.keys(scenario.actors) as ActorId[]
  const weights = actors.map((a) => shapedWeights(scenario.actors[a]!, scenario))
  const chinaRaw = china ? weights[actors.indexOf(china)]! : undefined
  const chinaTotal = chinaRaw ? chinaRaw.reduce((s, w) => s + Math.abs(w), 0) : 0
  return {
    scenario,
    facts: scenario.facts,
    situation,
    leader,
    china,
    voters,
    voteOptions: inForceOn(ABSTENTION_FROM, situation.date) ? VOTE_OPTIONS : VOTE_OPTIONS_BEFORE_ABSTENTION,
    actors,
    index: new Map(actors.map((a, i) => [a, i])),
    weights,
    // The reading binds the parties that decide on a force: Russia and the other members. The requester's own
    // reading shows in how it frames its request, and states outside the treaty have none to keep.
    strictness: actors.map((a) =>
      a !== scenario.requester && scenario.members.includes(a)
        ? scenario.actors[a]!.traits.externalOnlyReading
        : 0,
    ),
    neighbourWeight: actors.map((a) => neighbourWeight(scenario, voters, a)),
    precedentWeight: actors.map((a) => precedentWeight(scenario, voters, a)),
    basedTroops: basedTroops(scenario, situation.date),
    chinaWeights: chinaRaw && chinaTotal > 0 ? chinaRaw.map((w) => w / chinaTotal) : undefined,
    verdictFor,
    responseSetting,
    russianShare: Object.fromEntries(
      (Object.keys(TROOPS) as Unit[]).map((unit) => [unit, russianShareOf(scenario, unit, leader)]),
    ) as Record<Unit, number>,
    requestOptions: [...REQUEST_OPTIONS].sort(
      (a, b) =>
        (a.kind === 'request' ? 1 + falsity(scenario.facts, a.framing) : 0) -
        (b.kind === 'request' ? 1 + falsity(scenario.facts, b.framing) : 0),
    ),
  }
}
