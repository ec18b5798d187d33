// The options open at each decision, the most restrained first: ties within the tolerance go to restraint.
import { EARLY_EXIT_DAYS, MISSIONS_FOR } from '../outcomes/deployment'
import type { VerdictStatus } from '../treaty/verdict'
import {
  BILATERAL_MISSIONS,
  type Bilateral,
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

/** What decides which answers Moscow can give, besides the request itself. */
export interface ResponseSetting {
  /** The treaty's verdict on a request with this framing: a collective force needs it not to fail. */
  readonly verdict: VerdictStatus
  /** Article 2's consultations are owed to members only. */
  readonly member: boolean
  /** Moscow does not send its own troops against a fellow member: Article 1, and both host its bases. */
  readonly againstMember: boolean
}

/**
 * The leader may give less than was asked, never more, and in any channel: the alliance's forces when the
 * treaty allows them, consultations and aid under Article 2, or its own troops outside the alliance.
 */
export function responseOptions(request: Request, setting: ResponseSetting): readonly ResponseDecision[] {
  // The lists are shared, so the solver's keys and the player's choices meet the very same objects.
  const key = `${setting.verdict}/${setting.member}/${setting.againstMember}`
  const lists = responseCache.get(request) ?? new Map<string, readonly ResponseDecision[]>()
  responseCache.set(request, lists)
  let options = lists.get(key)
  if (!options) {
    options = answersFor(request, setting)
    lists.set(key, options)
  }
  return options
}

const REFUSE: ResponseDecision = { kind: 'refuse' }
const CONSULT: ResponseDecision = { kind: 'consult' }
const responseCache = new WeakMap<Request, Map<string, readonly ResponseDecision[]>>()

/** Restraint's order: nothing, talk, observers, then troops by size, each mission milder first, shorter first. */
function answersFor(request: Request, setting: ResponseSetting): readonly ResponseDecision[] {
  const days = DURATIONS.filter((d) => d <= request.days)
  const asked = FORCES.indexOf(request.help)
  const grants = (force: Grant['force']): Grant[] =>
    setting.verdict === 'not-eligible' || FORCES.indexOf(force) > asked
      ? []
      : MISSIONS_FOR[force].flatMap((mission) =>
          days.map((d): Grant => ({ kind: 'grant', force, mission, days: d })),
        )
  const bilateral: Bilateral[] =
    setting.againstMember || asked < FORCES.indexOf('peacekeepers')
      ? []
      : BILATERAL_MISSIONS.flatMap((mission) =>
          days.map((d): Bilateral => ({ kind: 'bilateral', mission, days: d })),
        )
  return [
    REFUSE,
    ...(setting.member ? [CONSULT] : []),
    ...grants('observers'),
    ...grants('peacekeepers'),
    ...bilateral,
    ...grants('rapid-reaction'),
  ]
}

/** Ties in the Council go to going along: a member that does not mind does not break the consensus. */
export const VOTE_OPTIONS: readonly VoteDecision[] = [
  { kind: 'consent' },
  { kind: 'abstain' },
  { kind: 'object' },
]
/** Before the Charter was amended in December 2010 a member could only agree or block. */
export const VOTE_OPTIONS_BEFORE_ABSTENTION: readonly VoteDecision[] = [VOTE_OPTIONS[0]!, VOTE_OPTIONS[2]!]
export const REACTION_OPTIONS: readonly ReactionDecision[] = [
  { kind: 'stay-silent' },
  { kind: 'endorse' },
  { kind: 'warn' },
]
export const EXIT_OPTIONS: readonly ExitDecision[] = [{ kind: 'keep' }, { kind: 'ask-to-leave' }]

/** The requester can cut short only a stay longer than an early exit would leave. */
export const exitOffered = (days: number): boolean => days > EARLY_EXIT_DAYS
