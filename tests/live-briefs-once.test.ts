// The scenario as every party may read it goes with every join and resume. It never changes during a session (an
// inject changes the facts the views show, not the scenario's), so it is read once per scenario: numbering its
// sources reads every citation in it, which was a fifth of the cost of a resume at a game's end.
import { expect, it } from 'vitest'
import { facilitatorBrief, teamBrief } from '../src/live'
import { numberedSources } from '../src/scenario/numbered-sources'
import { Driver } from './server-fakes'

it('gives every brief the same reading of the scenario, whatever the session has done since', () => {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const first = d.join('Steppe')
  const before = teamBrief(d.session, first)
  const second = d.join('Almaty')
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: d.session.base.injects[0]!.id })
  expect(d.session.scenario.facts).not.toEqual(d.session.base.facts)

  const after = teamBrief(d.session, first)
  expect(after).toEqual(before)
  expect(after.scenario).toBe(before.scenario)
  expect(teamBrief(d.session, second).scenario).toBe(before.scenario)
  expect(facilitatorBrief(d.session).scenario).toBe(before.scenario)
  expect(before.scenario.facts).toEqual(d.session.base.facts)
  expect(before.scenario.sources.map((s) => s.id)).toEqual(numberedSources(d.session.base).map((s) => s.id))
})
