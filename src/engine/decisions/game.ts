// The Article 4 crisis as a game tree: who moves at each point of a course, with which options.
import type { ActorId } from '../../scenario/types'
import type { ModelContext } from '../outcomes/context'
import { deploymentOf } from '../outcomes/deployment'
import { indicatorsOf, utilitiesOf } from '../outcomes/evaluate'
import { MEAN_LATENT } from '../outcomes/model'
import { EXIT_OPTIONS, exitOffered, REACTION_OPTIONS, responseOptions, VOTE_OPTIONS } from './options'
import type { GameTree } from './solve'
import type { Course, Decision, Stage } from './types'

export interface DecisionPoint {
  readonly stage: Stage
  readonly actor: ActorId
  readonly options: readonly Decision[]
}

export const EMPTY_COURSE: Course = { votes: [] }

/** The next decision in a course, or null when the course is finished. */
export function nextDecision(ctx: ModelContext, c: Course): DecisionPoint | null {
  const requester = ctx.scenario.requester
  if (!c.request) return { stage: 'request', actor: requester, options: ctx.requestOptions }
  if (c.request.kind === 'request') {
    if (!c.response)
      return {
        stage: 'response',
        actor: ctx.leader,
        options: responseOptions(c.request, ctx.verdictFor[c.request.framing]),
      }
    if (c.response.kind === 'grant' && !c.votes.some((v) => v.vote.kind === 'object')) {
      const voter = ctx.voters[c.votes.length]
      if (voter) return { stage: 'vote', actor: voter, options: VOTE_OPTIONS }
    }
  }
  if (ctx.china && !c.reaction) return { stage: 'reaction', actor: ctx.china, options: REACTION_OPTIONS }
  const d = deploymentOf(c)
  if (d.kind === 'deployed' && !c.exit && exitOffered(d.grant.days))
    return { stage: 'exit', actor: requester, options: EXIT_OPTIONS }
  return null
}

/** Applies a decision at the given point: a new course, the old one untouched. */
export function applyDecision(c: Course, point: DecisionPoint, decision: Decision): Course {
  switch (decision.kind) {
    case 'no-request':
    case 'request':
      return { ...c, request: decision }
    case 'refuse':
    case 'grant':
      return { ...c, response: decision }
    case 'consent':
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
    key =
      d.kind === 'request'
        ? `${d.framing}/${d.help}/${d.days}`
        : d.kind === 'grant'
          ? `${d.force}/${d.mission}/${d.days}`
          : d.kind
    keys.set(d, key)
  }
  return key
}

/** Two courses with the same key have the same future: after a veto, who vetoed and what was proposed no longer matter. */
export function courseKey(c: Course): string {
  const blocked = c.votes.some((v) => v.vote.kind === 'object')
  const request = c.request ? decisionKey(c.request) : '-'
  const response = blocked ? 'blocked' : c.response ? decisionKey(c.response) : '-'
  return `${request}|${response}|${blocked ? 'x' : c.votes.length}|${c.reaction?.kind ?? '-'}|${c.exit?.kind ?? '-'}`
}

/** The crisis as a tree for the solver: a state is a course, a move a decision. */
export function crisisTree(ctx: ModelContext): GameTree<Course, Decision> {
  const index = new Map(ctx.actors.map((a, i) => [a, i]))
  const buffer = new Float64Array(ctx.weights[0]?.length ?? 0)
  return {
    node: (c) => {
      const p = nextDecision(ctx, c)
      return p ? { actor: index.get(p.actor)!, moves: p.options, after: (m) => applyDecision(c, p, m) } : null
    },
    key: courseKey,
    payoff: (c) => utilitiesOf(ctx, c, indicatorsOf(ctx, c, MEAN_LATENT, buffer)),
  }
}
