// The Article 4 crisis as a game tree: who moves at each point of a course, with which options.
import type { ActorId } from '../../scenario/types'
import { participationCost } from '../interests/utility'
import type { ModelContext } from '../outcomes/context'
import { deploymentOf, EARLY_EXIT_DAYS } from '../outcomes/deployment'
import { indicatorsOf, utilitiesOf } from '../outcomes/evaluate'
import { MEAN_LATENT } from '../outcomes/model'
import { EXIT_OPTIONS, exitOffered, REACTION_OPTIONS, responseOptions } from './options'
import type { GameTree } from './solve'
import type { Course, Decision, Deployment, Stage } from './types'

export interface DecisionPoint {
  readonly stage: Stage
  readonly actor: ActorId
  readonly options: readonly Decision[]
}

export const EMPTY_COURSE: Course = { votes: [] }

/** Whether Moscow's answer goes to the Council: only a collective force does. */
export const needsCouncil = (c: Course): boolean => c.response?.kind === 'grant'

/** The next decision in a course, or null when the course is finished. */
export function nextDecision(ctx: ModelContext, c: Course): DecisionPoint | null {
  const requester = ctx.scenario.requester
  if (!c.request) return { stage: 'request', actor: requester, options: ctx.requestOptions }
  if (c.request.kind === 'request') {
    if (!c.response)
      return {
        stage: 'response',
        actor: ctx.leader,
        options: responseOptions(c.request, ctx.responseSetting[c.request.framing]),
      }
    if (needsCouncil(c) && !c.votes.some((v) => v.vote.kind === 'object')) {
      const voter = ctx.voters[c.votes.length]
      if (voter) return { stage: 'vote', actor: voter, options: ctx.voteOptions }
    }
  }
  // China answers what the alliance did: with no request there is no decision of the alliance to answer.
  const d = deploymentOf(c)
  if (ctx.china && !c.reaction && c.request.kind === 'request')
    return { stage: 'reaction', actor: ctx.china, options: blessable(d) ? REACTION_OPTIONS : NO_BLESSING }
  if (d.kind === 'deployed' && !c.exit && exitOffered(d.days))
    return { stage: 'exit', actor: requester, options: EXIT_OPTIONS }
  return null
}

/**
 * Beijing blesses a small, short mission, never a large or lasting Russian presence on its western frontier:
 * its officials stressed Kazakhstan's sovereignty throughout, and Libman and Davidzon credit China with keeping
 * the 2022 operation symbolic. Against one it can only keep silent or warn.
 */
const blessable = (d: Deployment): boolean =>
  d.kind !== 'deployed' || (d.unit !== 'rapid-reaction' && d.days <= EARLY_EXIT_DAYS)
const NO_BLESSING = REACTION_OPTIONS.filter((o) => o.kind !== 'endorse')

/** Applies a decision at the given point: a new course, the old one untouched. */
export function applyDecision(c: Course, point: DecisionPoint, decision: Decision): Course {
  switch (decision.kind) {
    case 'no-request':
    case 'request':
      return { ...c, request: decision }
    case 'refuse':
    case 'consult':
    case 'bilateral':
    case 'grant':
      return { ...c, response: decision }
    case 'consent':
    case 'abstain':
    case 'object':
      return { ...c, votes: [...c.votes, { actor: point.actor, vote: decision }] }
    case 'endorse':
    case 'stay-silent':
    case 'warn':
      return { ...c, reaction: decision }
    case 'keep':
    case 'ask-to-leave':
      return { ...c, exit: decision }
  }
}

const keys = new WeakMap<Decision, string>()

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

/**
 * Two courses with the same key have the same future. Once Moscow has answered, what was asked matters only
 * through its framing (the treaty's reading, the pretext). Of the votes, after a veto only the veto matters;
 * otherwise how many voted and how many stayed out, since outcomes depend on those counts and each
 * member's own cost of joining is paid on its vote (see crisisTree).
 */
export function courseKey(c: Course): string {
  if (!c.request) return '-'
  if (c.request.kind === 'request' && !c.response) return decisionKey(c.request)
  const framing = c.request.kind === 'request' ? c.request.framing : 'none'
  let votes = `${c.votes.length}`
  let out = 0
  for (const v of c.votes) {
    if (v.vote.kind === 'object') {
      votes = 'x'
      break
    }
    if (v.vote.kind === 'abstain') out++
  }
  return `${framing}|${c.response ? decisionKey(c.response) : '-'}|${votes}/${out}|${c.reaction?.kind ?? '-'}|${c.exit?.kind ?? '-'}`
}

/**
 * The crisis as a tree for the solver: a state is a course, a move a decision. A member that consents to a
 * force pays its own cost of joining on that move (see participationCost), so the future after the vote is
 * the same whichever members joined.
 */
export function crisisTree(ctx: ModelContext): GameTree<Course, Decision> {
  const buffer = new Float64Array(ctx.weights[0]?.length ?? 0)
  const utilities = new Float64Array(ctx.actors.length)
  return {
    actors: ctx.actors.length,
    node: (c) => {
      const p = nextDecision(ctx, c)
      if (!p) return null
      const actor = ctx.index.get(p.actor)!
      const after = (m: Decision) => applyDecision(c, p, m)
      if (p.stage !== 'vote') return { actor, moves: p.options, after }
      const joining = joiningCost(ctx, c, actor)
      return { actor, moves: p.options, after, cost: (m) => (m.kind === 'consent' ? joining : undefined) }
    },
    key: courseKey,
    payoff: (c) => utilitiesOf(ctx, c, indicatorsOf(ctx, c, MEAN_LATENT, buffer), utilities),
  }
}

/** Every actor's utility change when this member joins the force the Council is deciding on. */
function joiningCost(ctx: ModelContext, c: Course, actor: number): Float64Array | undefined {
  const cost = c.response?.kind === 'grant' ? participationCost(ctx.facts, c.response) : 0
  if (cost === 0) return undefined
  const delta = new Float64Array(ctx.actors.length)
  delta[actor] = -cost
  return delta
}
