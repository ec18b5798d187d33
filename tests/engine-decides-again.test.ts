// Whether the game can still come to an actor's decision, from a course: what a waiting team's screen is told
// ("your turn comes after the reveal", or "your part is played"), asked of the engine's own tree. Kazakhstan 2022:
// Tokayev asks and may be asked at the end whether the troops should leave; Moscow answers; four members vote on
// a collective force; Beijing reacts to any request.
import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  type Course,
  decidesAgain,
  EMPTY_COURSE,
  nextDecision,
  parseDecision,
} from '../src/engine'
import { modelContext } from '../src/engine/outcomes/context'
import type { ActorId } from '../src/scenario'
import { bundledScenario } from './bundled-scenarios'

const kazakhstan = bundledScenario('kazakhstan-2022')
const ctx = modelContext(kazakhstan)

/** The course these decisions make, each at the point the game deals out next. */
function course(...decisions: string[]): Course {
  return decisions.reduce((c, notation) => {
    const point = nextDecision(ctx, c)
    const parsed = parseDecision(notation)
    if (!point || !parsed.ok) throw new Error(`${notation} cannot be played here`)
    return applyDecision(c, point, parsed.decision)
  }, EMPTY_COURSE)
}
const again = (c: Course, ...actors: string[]) => decidesAgain(ctx, c, new Set(actors as ActorId[]))

describe('whether an actor decides again, from a course', () => {
  it('counts the decision awaited now', () => {
    expect(again(EMPTY_COURSE, 'kazakhstan')).toBe(true)
    expect(again(course('request:internal-unrest:peacekeepers:90'), 'russia')).toBe(true)
  })

  it('promises the requester the question of leaving only where troops may stay long enough to be asked', () => {
    const asked = course('request:internal-unrest:peacekeepers:90')
    expect(again(asked, 'kazakhstan')).toBe(true)
    expect(again(course('request:internal-unrest:peacekeepers:14'), 'kazakhstan')).toBe(false)
    expect(again(course('request:internal-unrest:peacekeepers:90', 'refuse'), 'kazakhstan')).toBe(false)
    expect(again(course('request:internal-unrest:peacekeepers:90', 'consult'), 'kazakhstan')).toBe(false)
    expect(
      again(course('request:internal-unrest:peacekeepers:90', 'bilateral:guard-sites:90'), 'kazakhstan'),
    ).toBe(true)
  })

  it('calls the members to vote only on a collective force, and each of them once', () => {
    expect(again(course('request:internal-unrest:peacekeepers:90', 'refuse'), 'belarus', 'armenia')).toBe(
      false,
    )
    const granted = course('request:internal-unrest:peacekeepers:90', 'grant:peacekeepers:guard-sites:90')
    expect(again(granted, 'armenia')).toBe(true)
    expect(
      again(
        course('request:internal-unrest:peacekeepers:90', 'grant:peacekeepers:guard-sites:90', 'consent'),
        'belarus',
      ),
    ).toBe(false)
  })

  it('has Beijing answer any request, and nothing once the requester asks for nothing', () => {
    expect(again(course('request:internal-unrest:peacekeepers:90', 'refuse'), 'china')).toBe(true)
    const none = course('no-request')
    expect(nextDecision(ctx, none)).toBeNull()
    for (const actor of ['kazakhstan', 'russia', 'belarus', 'china']) expect(again(none, actor)).toBe(false)
  })

  it('never promises a decision to an actor the game does not deal one to', () => {
    expect(again(EMPTY_COURSE, 'nobody')).toBe(false)
    expect(again(EMPTY_COURSE)).toBe(false)
  })
})
