// Whether a team waiting on another may still decide at its table, or has played its part: its screen says "your
// turn comes after the reveal" only when one can come. Asked of the engine's own tree from the table's course
// (decidesAgain), on the facts the table plays on, so the screen's promise is the game's.
import { type Course, decidesAgain, type Solved } from '../engine'
import type { ActorId } from '../scenario'
import { solvedFor } from './table-play'
import type { Session, Table, Team } from './types'

// A course is a new object after each move, and every push of a round asks again of the same one. The empty course
// is one object for every game, so the answers are kept per game's tree first.
const asked = new WeakMap<Solved, WeakMap<Course, Map<string, boolean>>>()

/** True when some course on from the table's, whatever the others choose, comes to one of this team's roles. */
export function turnLeft(s: Session, table: Table, team: Team): boolean {
  const solved = solvedFor(s.scenario, s.settings.temperature)
  const actors = team.roles.flatMap((id) => s.base.roles.find((r) => r.id === id)?.actor ?? [])
  const key = actors.join(' ')
  const byCourse = asked.get(solved) ?? asked.set(solved, new WeakMap()).get(solved)!
  const byTeam = byCourse.get(table.course) ?? byCourse.set(table.course, new Map()).get(table.course)!
  let left = byTeam.get(key)
  if (left === undefined) {
    left = decidesAgain(solved.ctx, table.course, new Set<ActorId>(actors))
    byTeam.set(key, left)
  }
  return left
}
