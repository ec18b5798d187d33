// Whether a team waiting on another team's decision may still have one of its own at its table, or has played
// its part: its screen says "your turn comes after the reveal" only when one can come.
import {
  applyDecision,
  type Course,
  DURATIONS,
  EMPTY_COURSE,
  evaluateTreaty,
  exitOffered,
  FORCES,
  type Force,
  FRAMINGS,
  type Framing,
  parseDecision,
  type Stage,
  textInForce,
} from '../../engine'
import type { MoveView, PublicScenario, TeamView } from '../../live/protocol'
import type { ActorId, Facts } from '../../scenario'

/**
 * The order in which the engine deals out the decisions (`nextDecision` in src/engine/decisions/game.ts): the
 * requester asks, the leading member answers, the other members vote in turn, the neighbour power reacts, and the
 * requester may at last ask the troops to leave. Each stage comes once, or is skipped; none comes back.
 */
const ORDER: readonly Stage[] = ['request', 'response', 'vote', 'reaction', 'exit']

/** The stages at which an actor can ever decide, as src/engine/outcomes/context.ts assigns them. */
function stagesOf(scenario: PublicScenario, actor: ActorId): Stage[] {
  const kindOf = (id: ActorId) => scenario.actors.find((a) => a.id === id)?.kind
  const leader = scenario.members.find((m) => kindOf(m) === 'leading-member')
  const stages: Stage[] = []
  if (actor === scenario.requester) stages.push('request', 'exit')
  if (actor === leader) stages.push('response')
  else if (scenario.members.includes(actor) && actor !== scenario.requester) stages.push('vote')
  if (scenario.actors.find((a) => a.kind === 'neighbour-power')?.id === actor) stages.push('reaction')
  return stages
}

/** The course the table's revealed moves made, in the engine's own terms. */
function courseOf(moves: readonly MoveView[]): Course {
  return moves.reduce((c, m) => {
    const parsed = parseDecision(m.decision)
    return parsed.ok ? applyDecision(c, { stage: m.stage, actor: m.actor, options: [] }, parsed.decision) : c
  }, EMPTY_COURSE)
}

/**
 * What the game can still deal out, as the engine's options decide it (src/engine/decisions/options.ts): a
 * collective force only on a request the treaty does not rule out (`responseOptions`), troops from Moscow alone
 * only for peacekeepers or more and never against a fellow member, and the question of leaving only of a stay
 * longer than the shortest (the engine's own `exitOffered`).
 */
class Prospects {
  private readonly verdicts: Partial<Record<Framing, boolean>> = {}
  constructor(
    private readonly scenario: PublicScenario,
    private readonly facts: Facts,
  ) {}

  /** Whether the treaty leaves a collective force open to a request with this framing (the engine asks once). */
  grantable(framing: Framing): boolean {
    const situation = {
      facts: this.facts,
      date: this.scenario.dates.start,
      text: textInForce(this.scenario.dates.start),
      requesterIsMember: this.scenario.members.includes(this.scenario.requester),
    }
    this.verdicts[framing] ??=
      evaluateTreaty(situation, { kind: 'request', framing, help: 'peacekeepers', days: 14 }).status !==
      'not-eligible'
    return this.verdicts[framing]!
  }

  /** Whether an answer to this request can send troops for long enough to be asked to leave. */
  longStay(request: { framing: Framing; help: Force; days: number }): boolean {
    if (!exitOffered(request.days)) return false
    const bilateral =
      this.facts.adversary.kind !== 'member' && FORCES.indexOf(request.help) >= FORCES.indexOf('peacekeepers')
    return bilateral || this.grantable(request.framing)
  }

  /** Whether `stage` can still come, for this actor, after the decision awaited now on this course. */
  canCome(stage: Stage, actor: ActorId, c: Course, awaited: Stage): boolean {
    const before = ORDER.indexOf(awaited)
    if (ORDER.indexOf(stage) < before) return false
    const request = c.request?.kind === 'request' ? c.request : undefined
    switch (stage) {
      case 'request':
        return false
      case 'response':
        return awaited === 'request'
      case 'vote':
        // The Council votes one member after another, and only on a collective force.
        if (awaited === 'request') return FRAMINGS.some((f) => this.grantable(f))
        if (awaited === 'response') return request !== undefined && this.grantable(request.framing)
        return awaited === 'vote' && !c.votes.some((v) => v.actor === actor)
      case 'reaction':
        // The neighbour answers what the alliance did: it comes after any request.
        return awaited !== 'reaction' && c.reaction === undefined
      case 'exit':
        return this.exitCanCome(c, awaited)
    }
  }

  private exitCanCome(c: Course, awaited: Stage): boolean {
    if (awaited === 'exit') return false
    if (awaited === 'request')
      return FRAMINGS.some((framing) =>
        this.longStay({ framing, help: FORCES.at(-1)!, days: Math.max(...DURATIONS) }),
      )
    if (c.request?.kind !== 'request') return false
    if (awaited === 'response') return this.longStay(c.request)
    const r = c.response
    if (r?.kind !== 'grant' && r?.kind !== 'bilateral') return false
    return exitOffered(r.days) && !c.votes.some((v) => v.vote.kind === 'object')
  }
}

/**
 * True when the game, as it goes on from the decision now awaited and the moves made so far, may still come to
 * one of this team's roles; false when none can. "May": a later stage can still be skipped (a member that objects
 * ends the vote, Moscow may refuse), and the team's screen says so.
 */
export function turnLeft(scenario: PublicScenario, view: TeamView): boolean {
  const awaited = view.turn?.stage ?? view.waitingFor?.stage
  if (!awaited || view.table?.status !== 'deciding') return false
  if (view.turn) return true
  const course = courseOf(view.table.moves)
  const prospects = new Prospects(scenario, view.facts)
  return view.team.roles.some((role) => {
    const actor = scenario.roles.find((r) => r.id === role)?.actor
    if (!actor) return false
    return stagesOf(scenario, actor).some((stage) => prospects.canCome(stage, actor, course, awaited))
  })
}
