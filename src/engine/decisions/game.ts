// The Article 4 crisis as a game tree: who moves at each point of a course, with which options.
import type { ActorId } from '../../scenario/types'
import { memberJoiningCost } from '../interests/utility'
import type { ModelContext } from '../outcomes/context'
import { deploymentOf, EARLY_EXIT_DAYS, letThrough, vetoed } from '../outcomes/deployment'
import { indicatorsOf, utilitiesOf } from '../outcomes/evaluate'
import { MEAN_LATENT } from '../outcomes/model'
import { SumInto } from '../outcomes/sink'
import { type CourseKeys, courseKeys, digitOf, RESPONSE_DIGITS } from './course-keys'
import { CourseSlots, depthOf } from './course-slots'
import { EXIT_OPTIONS, exitOffered, REACTION_OPTIONS, responseOptions } from './options'
import type { GameTree } from './solve'
import type {
  Course,
  Decision,
  DecisionPoint,
  Deployment,
  ExitDecision,
  ReactionDecision,
  RequestDecision,
  ResponseDecision,
  Stage,
  Vote,
} from './types'

export const EMPTY_COURSE: Course = { votes: [] }

/** Whether Moscow's answer goes to the Council: only a collective force does. */
export const needsCouncil = (c: Course): boolean => c.response?.kind === 'grant'

/** The next decision in a course, or null when the course is finished. */
export function nextDecision(ctx: ModelContext, c: Course): DecisionPoint | null {
  const points = pointsOf(ctx)
  if (!c.request) return points.at('request', ctx.scenario.requester, ctx.requestOptions)
  if (c.request.kind === 'request') {
    if (!c.response)
      return points.at(
        'response',
        ctx.leader,
        responseOptions(c.request, ctx.responseSetting[c.request.framing]),
      )
    if (needsCouncil(c) && !vetoed(c)) {
      const voter = ctx.voters[c.votes.length]
      if (voter) return points.at('vote', voter, ctx.voteOptions)
    }
  }
  // China answers what the alliance did: with no request there is no decision of the alliance to answer.
  const d = deploymentOf(c)
  if (ctx.china && !c.reaction && c.request.kind === 'request')
    return points.at('reaction', ctx.china, blessable(d) ? REACTION_OPTIONS : NO_BLESSING)
  if (d.kind === 'deployed' && !c.exit && exitOffered(d.days))
    return points.at('exit', ctx.scenario.requester, EXIT_OPTIONS)
  return null
}

/**
 * A context's decision points, each made once: the solver meets the same point at many states, and a new
 * object each time was garbage. A point is known by its stage, its mover and its list of options (the lists
 * are shared).
 */
class Points {
  private readonly made = new Map<readonly Decision[], Map<ActorId, DecisionPoint>>()
  at(stage: Stage, actor: ActorId, options: readonly Decision[]): DecisionPoint {
    let byActor = this.made.get(options)
    if (!byActor) {
      byActor = new Map()
      this.made.set(options, byActor)
    }
    let point = byActor.get(actor)
    if (!point) {
      point = { stage, actor, options }
      byActor.set(actor, point)
    }
    return point
  }
}
const points = new WeakMap<ModelContext, Points>()
const pointsOf = (ctx: ModelContext): Points => points.get(ctx) ?? points.set(ctx, new Points()).get(ctx)!

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
      return courseOf(decision, c.response, c.votes, c.reaction, c.exit)
    case 'refuse':
    case 'consult':
    case 'bilateral':
    case 'grant':
      return courseOf(c.request, decision, c.votes, c.reaction, c.exit)
    case 'consent':
    case 'abstain':
    case 'object':
      return courseOf(
        c.request,
        c.response,
        [...c.votes, { actor: point.actor, vote: decision }],
        c.reaction,
        c.exit,
      )
    case 'endorse':
    case 'stay-silent':
    case 'warn':
      return courseOf(c.request, c.response, c.votes, decision, c.exit)
    case 'keep':
    case 'ask-to-leave':
      return courseOf(c.request, c.response, c.votes, c.reaction, decision)
  }
}

/**
 * A course with these moves, its fields in the game's order. Copying the old course with an object spread cost
 * ten times as much: courses come in many shapes, and V8's copy took its slowest path. Each shape a game can
 * reach is one literal, so a course is one allocation of its own size; fields added one by one to a smaller
 * literal went to a second, out-of-object store. Other combinations are built field by field.
 */
function courseOf(
  request: RequestDecision | undefined,
  response: ResponseDecision | undefined,
  votes: readonly Vote[],
  reaction: ReactionDecision | undefined,
  exit: ExitDecision | undefined,
): Course {
  if (request && response) {
    if (reaction)
      return exit ? { votes, request, response, reaction, exit } : { votes, request, response, reaction }
    if (exit) return { votes, request, response, exit }
    return { votes, request, response }
  }
  if (!response && !reaction && !exit) return request ? { votes, request } : { votes }
  const c: { -readonly [K in keyof Course]: Course[K] } = { votes }
  if (request) c.request = request
  if (response) c.response = response
  if (reaction) c.reaction = reaction
  if (exit) c.exit = exit
  return c
}

/**
 * A decision point as the solver sees it, with its methods shared on the prototype (a closure for each method
 * of each node was most of a solve's garbage). The solver is done with a node once it has visited all its
 * moves, and meanwhile meets only deeper ones (GameTree.node): so there is one node per depth, set anew for
 * each course at that depth, as the courses are (CourseSlots).
 */
class CrisisNode {
  actor = 0
  moves: readonly Decision[] = []
  private course: Course = EMPTY_COURSE
  private depth = 0
  private point: DecisionPoint | undefined
  private key = 0
  /** A Council member's cost of joining the force, paid on its consent if the force goes; undefined elsewhere. */
  private joining: Float64Array | undefined
  constructor(
    private readonly keys: CourseKeys,
    private readonly slots: CourseSlots,
  ) {}
  set(
    actor: number,
    course: Course,
    depth: number,
    point: DecisionPoint,
    key: number,
    joining: Float64Array | undefined,
  ): this {
    this.actor = actor
    this.moves = point.options
    this.course = course
    this.depth = depth
    this.point = point
    this.key = key
    this.joining = joining
    return this
  }
  after(m: Decision): Course {
    return this.slots.after(this.course, this.depth, this.point!, m)
  }
  keyAfter(i: number): number {
    return this.keys.after(this.course, this.key, this.point!, i)
  }
  cost(m: Decision): Float64Array | undefined {
    return m.kind === 'consent' ? this.joining : undefined
  }
}

/**
 * The crisis as a tree for the solver: a state is a course, a move a decision. A member that consents to a
 * force pays its own cost of joining on that move (see participationCost: nothing if it sends no soldiers), so
 * the future after the vote is the same whichever members joined. It pays it only if the force goes: a grant
 * the Council blocks sends nobody, so the cost falls due only at an end where the Council let a force through,
 * and the solver charges it in proportion to the chance, after the consent, that the grant passes.
 */
export function crisisTree(ctx: ModelContext): GameTree<Course, Decision, number> {
  const buffer = new Float64Array(ctx.weights[0]?.length ?? 0)
  const sum = new SumInto(buffer)
  const utilities = new Float64Array(ctx.actors.length)
  const keys = courseKeys(ctx.voters.length)
  // A member's cost of joining depends only on the grant it joins: one buffer for each member and grant.
  const joinings = new Map<number, Float64Array | undefined>()
  const joiningFor = (c: Course, actor: number): Float64Array | undefined => {
    const at = actor * RESPONSE_DIGITS + digitOf(c.response!)
    if (!joinings.has(at)) joinings.set(at, joiningCost(ctx, c, actor))
    return joinings.get(at)
  }
  const slots = new CourseSlots()
  const nodes: CrisisNode[] = []
  return {
    actors: ctx.actors.length,
    node: (c, key) => {
      const p = nextDecision(ctx, c)
      if (!p) return null
      const actor = ctx.index.get(p.actor)!
      const depth = depthOf(c)
      let node = nodes[depth]
      if (!node) {
        node = new CrisisNode(keys, slots)
        nodes[depth] = node
      }
      return node.set(actor, c, depth, p, key, p.stage === 'vote' ? joiningFor(c, actor) : undefined)
    },
    key: keys.of,
    payoff: (c) => {
      const d = deploymentOf(c)
      return utilitiesOf(ctx, c, indicatorsOf(ctx, c, MEAN_LATENT, buffer, sum, d), utilities, d)
    },
    due: (c) => (letThrough(c) ? 1 : 0),
  }
}

/** Every actor's utility change when this member joins the force the Council is deciding on, should it go. */
function joiningCost(ctx: ModelContext, c: Course, actor: number): Float64Array | undefined {
  const cost = c.response?.kind === 'grant' ? memberJoiningCost(ctx, c.response, ctx.actors[actor]!) : 0
  if (cost === 0) return undefined
  const delta = new Float64Array(ctx.actors.length)
  delta[actor] = -cost
  return delta
}
