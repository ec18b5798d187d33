// Whether a team waiting on another team's decision may still have one of its own at its table, or has played
// its part: its screen says "your turn comes after the reveal" only when one can come.
import type { Stage } from '../../engine'
import type { PublicScenario, TeamView } from '../../live/protocol'
import type { ActorId } from '../../scenario'

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

/**
 * True when the game, as it goes on from the decision now awaited, may still come to one of this team's roles;
 * false when every stage its roles decide at is behind it. "May": a later stage can be skipped (no vote without a
 * collective force, no question of leaving without troops), and the team's screen says so.
 */
export function turnLeft(scenario: PublicScenario, view: TeamView): boolean {
  const awaited = view.turn?.stage ?? view.waitingFor?.stage
  if (!awaited || view.table?.status !== 'deciding') return false
  if (view.turn) return true
  const now = ORDER.indexOf(awaited)
  const moved = view.table.moves
  return view.team.roles.some((role) => {
    const actor = scenario.roles.find((r) => r.id === role)?.actor
    if (!actor) return false
    return stagesOf(scenario, actor).some(
      (stage) =>
        ORDER.indexOf(stage) > now ||
        // The Council votes one member after another: a member that has not voted yet still will.
        (stage === 'vote' &&
          awaited === 'vote' &&
          !moved.some((m) => m.stage === 'vote' && m.actor === actor)),
    )
  })
}
