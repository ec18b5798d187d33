// Who holds pass-the-device's screen, read from the route, so each step (the table, a team's hand-over, its own
// screen, its sealed turn) is an entry in the browser's history and the back button steps back inside the
// exercise. What may go back into history is chosen for a table passing one device round: a team's own screen is
// replaced when it is left, never kept behind the next team's turn for their Back to open; and a step that names
// a team whose turn is already sealed opens its sealed screen, never its decision.
import type { TeamId } from '../../live'
import type { Session } from '../../live/types'
import type { PassStep, Route } from '../route'

/** Who holds the device: the facilitator's table, a team behind its hand-over, or a team deciding or sealed. */
export type Holder = { readonly kind: 'table' } | { readonly kind: PassStep['kind']; readonly team: TeamId }

/** A move of the device: where it goes, and whether it is a new history entry or replaces the one it leaves. */
export interface PassMove {
  readonly route: Route
  readonly write: 'push' | 'replace'
}

const TABLE: Route = { name: 'pass-device' }
const at = (kind: PassStep['kind'], team: TeamId): Route => ({ name: 'pass-device', step: { kind, team } })

/** The holder a route names, as this session allows it: a team gone, or with no turn to take, is the table. */
export function holderOf(route: Route, session: Session): Holder {
  if (route.name !== 'pass-device' || !route.step) return { kind: 'table' }
  const { kind } = route.step
  const team = session.teams.find((t) => t.id === route.step?.team)?.id
  if (team === undefined) return { kind: 'table' }
  if (kind === 'sealed' || session.phase.kind === 'lobby') return { kind, team }
  const turn = session.tables.flatMap((t) =>
    t.state.kind === 'deciding' && t.state.pending.team === team ? [t.state] : [],
  )[0]
  // The table offers a team's screen only while its turn is open: history offers no more than the table does.
  if (turn === undefined || session.phase.kind !== 'deciding') return { kind: 'table' }
  return turn.submission === undefined ? { kind, team } : { kind: 'sealed', team }
}

/** From the table to a team's hand-over: Back returns to the table. */
export const handOver = (team: TeamId): PassMove => ({ route: at('handover', team), write: 'push' })

/** From the hand-over to the team's own screen: Back returns to the hand-over, the team's choices kept. */
export const showTeam = (team: TeamId): PassMove => ({ route: at('team', team), write: 'push' })

/** A team's turn sent: its screen gives way to the sealed one, so no Back opens it again. */
export const sealTurn = (team: TeamId): PassMove => ({ route: at('sealed', team), write: 'replace' })

/**
 * Back to the table. From a hand-over it is a step of its own (Back returns to the hand-over, which shows only a
 * name); from a team's own screen or its sealed turn the table replaces it, so the next team's Back cannot open it.
 */
export const toTable = (from: Holder): PassMove => ({
  route: TABLE,
  write: from.kind === 'handover' ? 'push' : 'replace',
})

/** A new exercise opens at its table, whatever step of an earlier one the address still names. */
export function seatedAt(route: Route): PassMove | null {
  return route.name === 'pass-device' && route.step ? { route: TABLE, write: 'replace' } : null
}

/**
 * Where a resumed exercise opens (a reload, or Back out of it and forward again): where it was, but a team's own
 * screen waits behind its hand-over, since whoever taps "Resume" may not be that team. Null: no move.
 */
export function resumedAt(route: Route): PassMove | null {
  if (route.name !== 'pass-device' || route.step?.kind !== 'team') return null
  return { route: at('handover', route.step.team as TeamId), write: 'replace' }
}
