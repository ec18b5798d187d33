// The force a game has sent, from its course so far: a game that waits for Beijing after the Council's last vote has
// sent its troops already, and must name the same members and the same number as the report does at the end.
// Kazakhstan 2022: Tokayev asks, Moscow answers, four members vote, Beijing reacts, Tokayev may send them home.
import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  type Course,
  contingentSent,
  courseAfter,
  EMPTY_COURSE,
  nextDecision,
  parseDecision,
  play,
  reportOn,
  solveScenario,
} from '../src/engine'
import type { ActorId } from '../src/scenario'
import { bundledScenario } from './bundled-scenarios'

const kazakhstan = bundledScenario('kazakhstan-2022')
const solved = solveScenario(kazakhstan)
const { ctx } = solved

/** The course these decisions make, each at the point the game deals out next. */
function course(...decisions: string[]): Course {
  return decisions.reduce((c, notation) => {
    const point = nextDecision(ctx, c)
    const parsed = parseDecision(notation)
    if (!point || !parsed.ok) throw new Error(`${notation} cannot be played here`)
    return applyDecision(c, point, parsed.decision)
  }, EMPTY_COURSE)
}
const GRANTED = ['request:internal-unrest:peacekeepers:14', 'grant:peacekeepers:guard-sites:14']
const senders = (c: Course) => contingentSent(ctx, c)?.shares.map((s) => s.actor)

describe('the force a course has sent', () => {
  it('is every member but the host once all four consent, before Beijing has answered', () => {
    const voted = course(...GRANTED, 'consent', 'consent', 'consent', 'consent')
    expect(nextDecision(ctx, voted)?.actor).toBe('china')
    expect(senders(voted)).toEqual(['russia', 'belarus', 'kyrgyzstan', 'tajikistan', 'armenia'])
    expect(contingentSent(ctx, voted)?.troops).toBe(2500)
  })

  it('is what the report names at the end, whatever Beijing and the host do after the votes', () => {
    // Ninety days, so that Tokayev is asked at the end whether the troops should leave.
    const voted = course(
      'request:internal-unrest:peacekeepers:90',
      'grant:peacekeepers:guard-sites:90',
      'consent',
      'abstain',
      'consent',
      'consent',
    )
    const during = contingentSent(ctx, voted)
    expect(during?.shares.map((s) => s.actor)).toEqual(['russia', 'belarus', 'tajikistan', 'armenia'])
    const ends = nextDecision(ctx, voted)!.options.flatMap((reaction) => {
      const reacted = applyDecision(voted, nextDecision(ctx, voted)!, reaction)
      const exit = nextDecision(ctx, reacted)
      expect(exit?.stage).toBe('exit')
      return exit!.options.map((leave) => applyDecision(reacted, exit!, leave))
    })
    expect(ends.length).toBeGreaterThanOrEqual(4)
    for (const over of ends) {
      expect(nextDecision(ctx, over)).toBeNull()
      expect(reportOn(solved, over, { seed: 1, runs: 4 }).contingent).toEqual(during)
    }
  })

  it('is nothing while a member has still to vote, since its objection would block the force', () => {
    expect(contingentSent(ctx, course(...GRANTED))).toBeUndefined()
    expect(contingentSent(ctx, course(...GRANTED, 'consent', 'consent', 'consent'))).toBeUndefined()
  })

  it("is Russia's own troops as soon as Moscow sends them outside the alliance", () => {
    const sent = contingentSent(
      ctx,
      course('request:internal-unrest:peacekeepers:14', 'bilateral:guard-sites:14'),
    )
    expect(sent?.shares.map((s) => s.actor)).toEqual(['russia'])
    expect(sent?.troops).toBe(2000)
  })

  it('is nothing when the Council blocks the force or Moscow sends none', () => {
    expect(senders(course(...GRANTED, 'consent', 'object'))).toBeUndefined()
    expect(senders(course('request:internal-unrest:peacekeepers:14', 'refuse'))).toBeUndefined()
  })

  it('is known from the moves of a game that waits for Beijing, and is the force its report names', () => {
    const china = 'china' as ActorId
    const waiting = play(kazakhstan, { seed: 31, runs: 4, player: { actor: china, decisions: [] } }, solved)
    if (waiting.status !== 'awaiting') throw new Error('the game no longer waits for Beijing')
    const sofar = courseAfter(waiting.moves)
    expect(nextDecision(ctx, sofar)).toBe(waiting.pending)
    expect(contingentSent(ctx, sofar)?.troops).toBeGreaterThan(0)
    const rest = { actor: china, decisions: [], rest: 'engine' } as const
    const over = play(kazakhstan, { seed: 31, runs: 4, player: rest }, solved)
    if (over.status !== 'finished') throw new Error('the game does not end')
    expect(over.report.contingent).toEqual(contingentSent(ctx, sofar))
  })
})
