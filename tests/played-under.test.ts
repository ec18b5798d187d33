// Which injects a table plays under: injects go to the whole session, but a table that had played out before one
// was released keeps the facts it finished with. Its view, its outcome and the debrief all say the same.
import { describe, expect, it } from 'vitest'
import { facilitatorView, outcomeJob, outcomeOf, teamDebrief, teamView } from '../src/live'
import { lookupsOf } from '../src/scenario/bundled-translations'
import { facilitatorViewIn, teamViewIn } from '../src/store'
import { Driver } from './server-fakes'
import { submit } from './session-fakes'

const ARRESTED = {
  id: 'masimov-arrested',
  title: 'The head of the security service is arrested for treason',
  round: 2,
}

/** North asks for nothing and plays out in round 1; South plays on into round 2, when the arrest is released. */
function apart() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const north = d.join('North')
  const south = d.join('South')
  d.facilitator({ kind: 'start' })
  expect(submit(d, north, 'no-request').ok).toBe(true)
  expect(submit(d, south, 'request:foreign-backed:peacekeepers:14').ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'release', inject: ARRESTED.id })
  return { d, north, south }
}

describe('the injects a table plays under', () => {
  it('are every inject released so far while the table plays, and none released after it played out', () => {
    const { d } = apart()
    const [north, south] = facilitatorView(d.session, '', outcomeOf, d.now).tables
    expect(north).toMatchObject({ status: 'finished', injects: [] })
    expect(south).toMatchObject({ status: 'deciding', injects: [ARRESTED] })
  })

  it("are those the table's outcome follows", () => {
    const { d } = apart()
    d.facilitator({ kind: 'finish' })
    const [north, south] = d.session.tables
    expect(outcomeJob(d.session, north!).scenario.facts).toEqual(d.session.base.facts)
    expect(outcomeJob(d.session, south!).scenario.facts).toEqual(d.session.scenario.facts)
    expect(d.session.scenario.facts).not.toEqual(d.session.base.facts)
  })

  it("are the same in every team's debrief as on the facilitator's screen", () => {
    const { d, north } = apart()
    d.facilitator({ kind: 'finish' })
    const facilitator = facilitatorView(d.session, '', outcomeOf, d.now).tables.map((t) => t.injects)
    expect(teamDebrief(d.session, outcomeOf)?.tables.map((t) => t.injects)).toEqual(facilitator)
    expect(teamView(d.session, north, outcomeOf, d.now).table?.injects).toEqual([])
    expect(facilitator).toEqual([[], [ARRESTED]])
  })

  it("are titled in each seat's own language, their ids and rounds untouched", () => {
    const { d, south } = apart()
    const russian = lookupsOf('kazakhstan-2022', 'ru')
    const inRussian = {
      ...ARRESTED,
      title: 'Глава службы безопасности арестован по обвинению в госизмене',
    }
    expect(teamViewIn(teamView(d.session, south, outcomeOf, d.now), russian).table?.injects).toEqual([
      inRussian,
    ])
    d.facilitator({ kind: 'finish' })
    const team = teamViewIn(teamView(d.session, south, outcomeOf, d.now), russian)
    expect(team.debrief?.tables.map((t) => t.injects)).toEqual([[], [inRussian]])
    const facilitator = facilitatorViewIn(facilitatorView(d.session, '', outcomeOf, d.now), russian)
    expect(facilitator.tables.map((t) => t.injects)).toEqual([[], [inRussian]])
  })
})
