// A workshop's log replays to the session the server held live: every table's submissions, changed many times
// by many teams at tables of their own, and the reveals, clock changes and an inject between them.

import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { encodeEvent, type SessionEvent } from '../src/live'
import { resolveScenarioPath } from '../src/scenario/files'
import { replay } from '../src/server/replay'
import { bundled, Driver, team } from './server-fakes'

it('replays a workshop of many tables to the session it was live', () => {
  const d = new Driver({ format: { kind: 'parallel-whole' }, roundSeconds: 600 })
  for (let i = 0; i < 6; i++) d.join(`Team ${i + 1}`)
  d.facilitator({ kind: 'start' })
  const injects = d.session.base.injects.map((i) => i.id)
  while (d.session.phase.kind === 'deciding') {
    const round = d.session.phase.round
    d.facilitator({ kind: 'pause' })
    d.facilitator({ kind: 'resume' })
    const inject = round === 2 ? injects[0] : undefined
    if (inject) d.facilitator({ kind: 'release', inject })
    // Every team but the last changes its mind twice; the last sends nothing, and the engine stands in.
    for (const k of [0, 1, 2])
      for (const t of d.session.tables.slice(0, -1)) {
        if (t.state.kind !== 'deciding') continue
        const { options, team: id } = t.state.pending
        const decided = d.run(team(id), {
          kind: 'submit',
          round,
          decision: options[(k === 2 ? 1 : k) % options.length]!,
        })
        expect(decided.ok).toBe(true)
      }
    d.facilitator({ kind: 'advance' })
  }
  const kinds = d.events.map((e) => e.kind)
  expect(kinds.filter((k) => k === 'revealed').length).toBeGreaterThan(1)
  expect(kinds).toContain('released')

  const text = readFileSync(resolveScenarioPath('kazakhstan-2022'), 'utf8')
  const logged: SessionEvent[] = [
    { ...d.created, scenario: { file: 'kazakhstan-2022.yaml', text } },
    ...d.events,
  ]
  const replayed = replay(
    logged.map((e) => JSON.parse(encodeEvent(e)) as unknown),
    () => ({ ok: true, scenario: bundled() }),
  )
  if (!replayed.ok) throw new Error(replayed.message)
  expect(replayed.session).toEqual(d.session)
})
