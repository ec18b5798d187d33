// The live session's rules over the whole session: replay from the events, parallel tables, and the results.
import { describe, expect, it } from 'vitest'
import { createSession, outcomeOf, reduce, resultsCsv, resultsOf, teamView } from '../src/live'
import { bundled, Driver } from './server-fakes'
import { submit } from './session-fakes'

describe('replay', () => {
  it('folds the same events into the same session, engine draws included', () => {
    const d = new Driver({ format: { kind: 'parallel-roles', tables: 2 }, temperature: 0.5 })
    const teams = ['A', 'B', 'C', 'D', 'E'].map((n) => d.join(n))
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'release', inject: bundled().injects[1]!.id })
    for (let i = 0; i < 6 && d.session.phase.kind === 'deciding'; i++) d.facilitator({ kind: 'advance' })
    const replayed = d.events.reduce(reduce, createSession(d.created, bundled()))
    expect(replayed.phase).toEqual(d.session.phase)
    expect(JSON.stringify(replayed.tables)).toBe(JSON.stringify(d.session.tables))
    for (const t of teams)
      expect(teamView(replayed, t, outcomeOf, 0)).toEqual(teamView(d.session, t, outcomeOf, 0))
  })
})

describe('parallel tables', () => {
  it('roll the same dice, so tables whose teams decide alike play the same game', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' }, temperature: 1 })
    const a = d.join('A')
    const b = d.join('B')
    d.facilitator({ kind: 'start' })
    submit(d, a, 'request:foreign-backed:rapid-reaction:90')
    submit(d, b, 'request:foreign-backed:rapid-reaction:90')
    d.facilitator({ kind: 'finish' })
    const [one, two] = d.session.tables
    const moves = (t: typeof one) => t?.moves.map((m) => [m.actor, m.decision, m.by])
    expect(moves(one)).toEqual(moves(two))
  })
})

describe('results', () => {
  it('put each table beside history, one row each, with spreadsheet formulas defused', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('=HYPERLINK("x")')
    d.join('Beta, and co')
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    const results = resultsOf(d.session, d.now, outcomeOf)
    expect(results.tables).toHaveLength(2)
    expect(results.tables[0]?.outcome?.indicators.regimeStability.median).toBeTypeOf('number')
    const lines = resultsCsv(results).split('\r\n')
    expect(lines[0]).toMatch(/^table,teams,request,request_by,response/)
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`)
    expect(lines[2]).toContain('"Beta, and co"')
    expect(lines[3]).toMatch(
      /^history,,request:foreign-backed:peacekeepers,,grant:peacekeepers:guard-sites:14,/,
    )
  })
})
