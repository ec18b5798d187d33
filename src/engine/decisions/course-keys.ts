// The keys the solver and the game find decisions and courses by: a decision's identity as text, and a course's
// as a number in mixed radix, written so that the key after a move follows from the key before it.
import { EXIT_OPTIONS, REACTION_OPTIONS } from './options'
import {
  BILATERAL_MISSIONS,
  type Course,
  type Decision,
  type DecisionPoint,
  DURATIONS,
  FORCES,
  FRAMINGS,
  MISSIONS,
  type RequestDecision,
  type Vote,
  type VoteDecision,
} from './types'

const keys = new WeakMap<Decision, string>()

/** A decision's identity as text: two decisions with one key are the same move. */
export function decisionKey(d: Decision): string {
  let key = keys.get(d)
  if (key === undefined) {
    switch (d.kind) {
      case 'request':
        key = `${d.framing}/${d.help}/${d.days}`
        break
      case 'grant':
        key = `${d.force}/${d.mission}/${d.days}`
        break
      case 'bilateral':
        key = `bilateral/${d.mission}/${d.days}`
        break
      default:
        key = d.kind
    }
    keys.set(d, key)
  }
  return key
}

/** Each item's place in its list. */
const places = <T>(list: readonly T[]): ReadonlyMap<T, number> => new Map(list.map((x, i) => [x, i]))
const FRAMING = places(FRAMINGS)
const FORCE = places(FORCES)
const MISSION = places(MISSIONS)
const DAYS = places(DURATIONS)
const BILATERAL = places(BILATERAL_MISSIONS)
const REACTION = places(REACTION_OPTIONS.map((o) => o.kind))

/**
 * The digit a decision writes into a course's key (see courseKeys): for a request, all of it, since Moscow has
 * yet to answer it; for an answer, a reaction or an exit, which one. Votes change the tally instead.
 */
export function digitOf(d: Exclude<Decision, VoteDecision>): number {
  switch (d.kind) {
    case 'no-request':
      return 1
    case 'request':
      return (
        ANSWERED +
        FRAMINGS.length +
        (FRAMING.get(d.framing)! * FORCES.length + FORCE.get(d.help)!) * DURATIONS.length +
        DAYS.get(d.days)!
      )
    case 'refuse':
      return 1
    case 'consult':
      return 2
    case 'bilateral':
      return 3 + BILATERAL.get(d.mission)! * DURATIONS.length + DAYS.get(d.days)!
    case 'grant':
      return (
        3 +
        BILATERAL_MISSIONS.length * DURATIONS.length +
        (FORCE.get(d.force)! * MISSIONS.length + MISSION.get(d.mission)!) * DURATIONS.length +
        DAYS.get(d.days)!
      )
    case 'endorse':
    case 'stay-silent':
    case 'warn':
      return 1 + REACTION.get(d.kind)!
    case 'keep':
      return 1
    case 'ask-to-leave':
      return 2
  }
}
/** Once Moscow has answered, a request counts only through its framing: its digit from here on. */
const ANSWERED = 2
const answeredDigit = (request: RequestDecision): number =>
  request.kind === 'request' ? ANSWERED + FRAMING.get(request.framing)! : 1
/** How many values each digit below the first takes. */
export const RESPONSE_DIGITS =
  3 + (BILATERAL_MISSIONS.length + FORCES.length * MISSIONS.length) * DURATIONS.length
const REACTION_DIGITS = 1 + REACTION_OPTIONS.length
const EXIT_DIGITS = 1 + EXIT_OPTIONS.length

/** The digits of the moves in a list of options, in its order: options lists are shared, so once per list. */
const listDigits = new WeakMap<readonly Decision[], Int32Array>()
function digitsOf(options: readonly Decision[]): Int32Array {
  let digits = listDigits.get(options)
  if (!digits) {
    digits = Int32Array.from(options, (d) =>
      d.kind === 'consent' || d.kind === 'abstain' || d.kind === 'object' ? 0 : digitOf(d),
    )
    listDigits.set(options, digits)
  }
  return digits
}

/**
 * Of the Council's votes, what the future depends on: after a veto only the veto (0); otherwise how many voted
 * and how many stayed out, since outcomes depend on those counts and each member's own cost of joining is paid
 * on its vote (see crisisTree).
 */
function tallyOf(votes: readonly Vote[], voters: number): number {
  let tally = 1
  for (const v of votes) tally = tallyAfter(tally, v.vote, voters)
  return tally
}
const tallyAfter = (tally: number, vote: VoteDecision, voters: number): number =>
  tally === 0 || vote.kind === 'object' ? 0 : tally + voters + 1 + (vote.kind === 'abstain' ? 1 : 0)

/**
 * Course keys for a Council of `voters`: two courses with the same key have the same future. A key is a number
 * with a digit for each thing the future depends on, in mixed radix: what of the request matters (nothing yet,
 * no request, all of a request Moscow has yet to answer, or only the framing of one it has answered: the
 * treaty's reading, the pretext), Moscow's answer, the tally of the votes, China's reaction and the requester's
 * exit. A decision changes one digit (an answer two), so the key of the course it leads to follows from its
 * parent's without building that course: most decisions lead to a course already solved.
 */
export function courseKeys(voters: number) {
  const exit = 1
  const reaction = exit * EXIT_DIGITS
  const tally = reaction * REACTION_DIGITS
  const response = tally * (1 + (voters + 1) ** 2)
  const asked = response * RESPONSE_DIGITS
  const keyOf = (c: Course): number =>
    (c.request ? (c.response ? answeredDigit(c.request) : digitOf(c.request)) : 0) * asked +
    (c.response ? digitOf(c.response) : 0) * response +
    tallyOf(c.votes, voters) * tally +
    (c.reaction ? digitOf(c.reaction) : 0) * reaction +
    (c.exit ? digitOf(c.exit) : 0) * exit
  return {
    of: keyOf,
    /** The key of applyDecision(c, point, point.options[i]), from the course's own key. */
    after: (c: Course, key: number, point: DecisionPoint, i: number): number => {
      switch (point.stage) {
        case 'request':
          return key + digitsOf(point.options)[i]! * asked
        case 'response':
          return (
            key +
            (answeredDigit(c.request!) - digitOf(c.request!)) * asked +
            digitsOf(point.options)[i]! * response
          )
        case 'vote': {
          const now = tallyOf(c.votes, voters)
          const vote = point.options[i] as VoteDecision
          return key + (tallyAfter(now, vote, voters) - now) * tally
        }
        case 'reaction':
          return key + digitsOf(point.options)[i]! * reaction
        case 'exit':
          return key + digitsOf(point.options)[i]! * exit
      }
    },
  }
}
export type CourseKeys = ReturnType<typeof courseKeys>
