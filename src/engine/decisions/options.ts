// The options open at each decision, restrained ones first (ties go to restraint).
import { EARLY_EXIT_DAYS, MISSIONS_FOR } from '../outcomes/deployment'
import type { VerdictStatus } from '../treaty/verdict'
import {
  DURATIONS,
  type ExitDecision,
  FORCES,
  FRAMINGS,
  type Grant,
  type ReactionDecision,
  type Request,
  type RequestDecision,
  type ResponseDecision,
  type VoteDecision,
} from './types'

export const REQUEST_OPTIONS: readonly RequestDecision[] = [
  { kind: 'no-request' },
  ...FRAMINGS.flatMap((framing) =>
    FORCES.flatMap((help) => DURATIONS.map((days): Request => ({ kind: 'request', framing, help, days }))),
  ),
]

/**
 * The leader may grant less than was asked, never more: a member's request bounds the help it gets.
 * A request the treaty cannot cover at all can only be refused.
 */
export function responseOptions(request: Request, verdict: VerdictStatus): readonly ResponseDecision[] {
  if (verdict === 'not-eligible') return REFUSE_ONLY
  // The lists are shared, so the solver's keys and the player's choices meet the very same objects.
  const lists = responseCache.get(request) ?? new Map<VerdictStatus, readonly ResponseDecision[]>()
  responseCache.set(request, lists)
  const options = lists.get(verdict) ?? grantsFor(request)
  lists.set(verdict, options)
  return options
}

const REFUSE: ResponseDecision = { kind: 'refuse' }
const REFUSE_ONLY: readonly ResponseDecision[] = [REFUSE]
const responseCache = new WeakMap<Request, Map<VerdictStatus, readonly ResponseDecision[]>>()

function grantsFor(request: Request): readonly ResponseDecision[] {
  const forces = FORCES.slice(0, FORCES.indexOf(request.help) + 1)
  const grants = forces.flatMap((force) =>
    MISSIONS_FOR[force].flatMap((mission) =>
      DURATIONS.filter((days) => days <= request.days).map(
        (days): Grant => ({ kind: 'grant', force, mission, days }),
      ),
    ),
  )
  return [REFUSE, ...grants]
}

export const VOTE_OPTIONS: readonly VoteDecision[] = [{ kind: 'consent' }, { kind: 'object' }]
export const REACTION_OPTIONS: readonly ReactionDecision[] = [
  { kind: 'stay-silent' },
  { kind: 'endorse' },
  { kind: 'warn' },
]
export const EXIT_OPTIONS: readonly ExitDecision[] = [{ kind: 'keep' }, { kind: 'ask-to-leave' }]

/** The requester can cut short only a stay longer than an early exit would leave. */
export const exitOffered = (days: number): boolean => days > EARLY_EXIT_DAYS
