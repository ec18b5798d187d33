// The decisions of an Article 4 crisis, as a discriminated union: each field exists only where it belongs.

import type { ActorId } from '../../scenario/types'
import { FORCES, FRAMINGS } from '../../scenario/vocabulary'

export { FORCES, FRAMINGS }
export const MISSIONS = ['observe', 'guard-sites', 'restore-order', 'combat'] as const
/** Two durations keep the tree small and the choice real: a short operation, or a stay of a season. */
export const DURATIONS = [14, 90] as const

export type Framing = (typeof FRAMINGS)[number]
export type Force = (typeof FORCES)[number]
export type Mission = (typeof MISSIONS)[number]
export type Duration = (typeof DURATIONS)[number]

export type RequestDecision =
  | { readonly kind: 'no-request' }
  | { readonly kind: 'request'; readonly framing: Framing; readonly help: Force; readonly days: Duration }
export type ResponseDecision =
  | { readonly kind: 'refuse' }
  | { readonly kind: 'grant'; readonly force: Force; readonly mission: Mission; readonly days: Duration }
export type VoteDecision = { readonly kind: 'consent' } | { readonly kind: 'object' }
export type ReactionDecision =
  | { readonly kind: 'endorse' }
  | { readonly kind: 'stay-silent' }
  | { readonly kind: 'warn' }
export type ExitDecision = { readonly kind: 'keep' } | { readonly kind: 'ask-to-leave' }

export type Decision = RequestDecision | ResponseDecision | VoteDecision | ReactionDecision | ExitDecision

/** Who moves when: the requester asks, Russia answers, the other members vote, China reacts, the requester may end it. */
export type Stage = 'request' | 'response' | 'vote' | 'reaction' | 'exit'

export type Grant = Extract<ResponseDecision, { kind: 'grant' }>
export type Request = Extract<RequestDecision, { kind: 'request' }>

/** Where the game stands: the moves so far, in order. */
export interface Course {
  readonly request?: RequestDecision
  readonly response?: ResponseDecision
  readonly votes: readonly { readonly actor: ActorId; readonly vote: VoteDecision }[]
  readonly reaction?: ReactionDecision
  readonly exit?: ExitDecision
}

/** What the course amounts to on the ground: the only thing outcomes depend on. */
export type Deployment =
  | { readonly kind: 'none'; readonly why: 'no-request' | 'refused' | 'blocked' }
  | { readonly kind: 'deployed'; readonly grant: Grant; readonly days: number }

export function describeDecision(d: Decision): string {
  switch (d.kind) {
    case 'no-request':
      return 'makes no request under Article 4'
    case 'request':
      return `requests ${FORCE_LABEL[d.help]} for ${d.days} days, framing the threat as ${FRAMING_LABEL[d.framing]}`
    case 'refuse':
      return 'refuses to send troops'
    case 'grant':
      return `grants ${FORCE_LABEL[d.force]} (${MISSION_LABEL[d.mission]}) for ${d.days} days`
    case 'consent':
      return 'consents in the Collective Security Council'
    case 'object':
      return 'objects in the Collective Security Council, breaking the consensus'
    case 'endorse':
      return 'endorses the outcome publicly'
    case 'stay-silent':
      return 'stays silent'
    case 'warn':
      return 'warns against the intervention'
    case 'keep':
      return 'keeps the contingent for the agreed time'
    case 'ask-to-leave':
      return 'asks the contingent to leave early'
  }
}

export const FORCE_LABEL: Readonly<Record<Force, string>> = {
  'fact-finding': 'a fact-finding mission',
  symbolic: 'a symbolic contingent',
  large: 'a large force',
}
export const MISSION_LABEL: Readonly<Record<Mission, string>> = {
  observe: 'observe and report',
  'guard-sites': 'guard strategic sites',
  'restore-order': 'restore order in the streets',
  combat: 'combat operations',
}
export const FRAMING_LABEL: Readonly<Record<Framing, string>> = {
  'internal-unrest': 'internal unrest',
  'foreign-backed': 'foreign-backed terrorism',
  'external-attack': 'an attack from outside',
}
