// Whether a team waiting on another may still decide at its table: the stages its roles decide at, in the
// engine's order, against the decision now awaited; a Council member that has not voted yet still will.
import { describe, expect, it } from 'vitest'
import { outcomeOf, teamBrief, teamView } from '../src/live'
import { turnLeft } from '../src/store/live'
import { idOf, lobby, submit } from './live-panels'

const FOUR = [
  ['Astana', 'tokayev'],
  ['Moscow', 'kremlin'],
  ['Yerevan', 'yerevan'],
  ['Bishkek', 'bishkek'],
] as const

const leftFor = (d: ReturnType<typeof lobby>, name: string) => {
  const id = idOf(d, name)
  return turnLeft(teamBrief(d.session, id).scenario, teamView(d.session, id, outcomeOf, d.now))
}

describe('a turn left for a waiting team', () => {
  it('follows the game from the request to the Council vote', () => {
    // Seed 1: Belarus, voting first for the engine, consents, so the Council goes on to the seated members.
    const d = lobby({ seed: 1 }, FOUR)
    d.facilitator({ kind: 'start' })
    // The request awaited: Moscow answers later, the members vote later still.
    expect(['Moscow', 'Yerevan', 'Bishkek'].map((n) => leftFor(d, n))).toEqual([true, true, true])
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    // Moscow's answer awaited: Astana may yet be asked whether the troops stay.
    expect(leftFor(d, 'Astana')).toBe(true)
    submit(d, 'Moscow', 'grant:peacekeepers:guard-sites:14')
    d.facilitator({ kind: 'advance' })
    const voting = FOUR.map(([n]) => n).filter((n) => teamView(d.session, idOf(d, n), outcomeOf, d.now).turn)
    expect(voting).toHaveLength(1)
    const [first] = voting
    const second = first === 'Yerevan' ? 'Bishkek' : 'Yerevan'
    // One member votes: the other has its vote to come; Moscow, having answered, has nothing left.
    expect(leftFor(d, second)).toBe(true)
    expect(leftFor(d, 'Moscow')).toBe(false)
    submit(d, first!, 'consent')
    d.facilitator({ kind: 'advance' })
    // The second member votes: the first has voted, and no later stage is its.
    expect(leftFor(d, first!)).toBe(false)
    // A stage that may be skipped still counts: the requester may yet be asked about the stay.
    expect(leftFor(d, 'Astana')).toBe(true)
  })
})
