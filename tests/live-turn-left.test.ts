// Whether a team waiting on another may still decide at its table, as its view says it (`waitingFor.turnLeft`):
// examples of Kazakhstan 2022 played at one table; tests/live-turn-left-engine.test.ts holds it to the engine's
// play over random games.
import { describe, expect, it } from 'vitest'
import { outcomeOf, teamView } from '../src/live'
import { idOf, lobby, submit } from './live-panels'
import { Driver } from './server-fakes'

const FOUR = [
  ['Astana', 'tokayev'],
  ['Moscow', 'kremlin'],
  ['Yerevan', 'yerevan'],
  ['Bishkek', 'bishkek'],
] as const

/** What the team's view says: a turn owed now is one left; a table not waiting on another team says nothing. */
const leftFor = (d: ReturnType<typeof lobby>, name: string): boolean | undefined => {
  const view = teamView(d.session, idOf(d, name), outcomeOf, d.now)
  return view.turn ? true : view.waitingFor?.turnLeft
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
    // Two weeks is the shortest stay: nobody asks Astana whether troops sent for it should leave early.
    expect(leftFor(d, 'Astana')).toBe(false)
  })

  it('keeps the question of leaving for the requester of a long stay, while it may still come', () => {
    const d = lobby({ seed: 1 }, FOUR)
    d.facilitator({ kind: 'start' })
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    submit(d, 'Moscow', 'grant:peacekeepers:guard-sites:90')
    d.facilitator({ kind: 'advance' })
    // Three months: if the Council lets the force go, Astana may ask it to leave early.
    expect(leftFor(d, 'Astana')).toBe(true)
  })

  it('ends the requester’s part when Moscow refuses, with only Beijing’s reaction to come', () => {
    const d = lobby({ seed: 1 }, [...FOUR, ['Beijing', 'beijing']])
    d.facilitator({ kind: 'start' })
    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    // While Moscow answers, Beijing's reaction is still to come, and Astana's question if troops go.
    expect(['Astana', 'Beijing'].map((n) => leftFor(d, n))).toEqual([true, true])
    submit(d, 'Moscow', 'refuse')
    d.facilitator({ kind: 'advance' })
    expect(teamView(d.session, idOf(d, 'Beijing'), outcomeOf, d.now).turn?.stage).toBe('reaction')
    // No troops, no question of their leaving; no collective force, no vote.
    expect(['Astana', 'Moscow', 'Yerevan', 'Bishkek'].map((n) => leftFor(d, n))).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('promises no vote on a war the treaty never covers, and leaves Moscow its answer', () => {
    // Armenia asks for help over fighting on Azerbaijan's territory: no framing makes a collective force
    // eligible, so the Council never votes; Moscow may still answer, and send troops of its own.
    const d = new Driver({ seed: 1 }, 'armenia-2020')
    for (const [name, role] of [
      ['Yerevan', 'pashinyan'],
      ['Moscow', 'kremlin'],
      ['Minsk', 'minsk'],
      ['Astana', 'astana'],
    ] as const)
      d.join(name, { role })
    d.facilitator({ kind: 'start' })
    expect(['Moscow', 'Minsk', 'Astana'].map((n) => leftFor(d, n))).toEqual([true, false, false])
    submit(d, 'Yerevan', 'request:external-attack:peacekeepers:90')
    d.facilitator({ kind: 'advance' })
    // Moscow's own troops for three months: Yerevan may yet be asked whether they stay.
    expect(leftFor(d, 'Yerevan')).toBe(true)
  })
})
