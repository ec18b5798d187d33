// Pass-the-device's commands on a shared screen: every one goes through the same rules as on the server.
import { describe, expect, it } from 'vitest'
import { fakeDevice, playToTheEnd, scenario, teamNamed } from './pass-device-fakes'

describe('commands on a shared screen', () => {
  it('refuses a command the rules refuse, by its code and in their words, and changes nothing', () => {
    const { device } = fakeDevice()
    const before = device.store.getState().session
    expect(device.command({ kind: 'advance' })).toBe(false)
    expect(device.store.getState().error).toEqual({
      code: 'conflict',
      request: 'command',
      detail: 'there is no round to reveal',
    })
    expect(device.store.getState().session).toBe(before)
  })

  it('clears the last refusal once a command goes through', () => {
    const { device } = fakeDevice()
    device.command({ kind: 'pause' })
    expect(device.store.getState().error?.detail).toBe('no countdown is running')
    expect(device.command({ kind: 'start' })).toBe(true)
    expect(device.store.getState().error).toBeNull()
    expect(device.store.getState().session.phase).toMatchObject({ kind: 'deciding', round: 1 })
  })

  it('refuses a decision in notation the engine cannot read', () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    expect(device.submit(teamNamed(device, 'Astana'), 1, 'request:sideways')).toBe(false)
    expect(device.store.getState().error).toMatchObject({ code: 'invalid-decision', request: 'submit' })
    expect(device.facilitator(device.store.getState()).view.teams[0]!.submitted).toBe(false)
  })

  it('refuses a decision from a team whose turn it is not', () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    expect(device.submit(teamNamed(device, 'Moscow'), 1, 'refuse')).toBe(false)
    expect(device.store.getState().error).toEqual({
      code: 'conflict',
      request: 'submit',
      reason: 'owes-none',
      detail: 'your team owes no decision this round',
    })
  })

  it("runs the round's countdown on the device's clock", () => {
    const { device, clock } = fakeDevice({ roundSeconds: 120 })
    device.command({ kind: 'start' })
    expect(device.facilitator(device.store.getState()).view.phase).toMatchObject({
      clock: { kind: 'running', deadline: clock.now() + 120_000 },
    })
    clock.advance(121_000)
    expect(device.submit(teamNamed(device, 'Astana'), 1, 'no-request')).toBe(false)
    expect(device.store.getState().error?.detail).toBe('the time for this round is up')
  })

  it('plays to the end and debriefs the one table with its outcome', () => {
    const { device, clock } = fakeDevice()
    playToTheEnd(device, clock)
    const { view } = device.facilitator(device.store.getState())
    expect(view.phase).toEqual({ kind: 'finished', why: 'played-out' })
    expect(view.tables).toHaveLength(1)
    expect(view.tables[0]?.status).toBe('finished')
    expect(view.tables[0]?.outcome?.verdict).toMatch(/^(eligible|contested|not-eligible)$/)
    expect(view.debrief?.history).toEqual(scenario.history)
    const astana = device.team(device.store.getState(), teamNamed(device, 'Astana')).view
    expect(astana.debrief?.tables[0]?.outcome).toEqual(view.tables[0]?.outcome)
  })

  it("exports the results with every team's name, as CSV and as JSON", () => {
    const { device, clock } = fakeDevice()
    playToTheEnd(device, clock)
    const csv = device.results('csv')
    const json = device.results('json')
    expect(csv.contentType).toMatch(/^text\/csv/)
    expect(json.contentType).toBe('application/json')
    for (const name of ['Astana', 'Moscow', 'Beijing desk']) {
      expect(csv.body).toContain(name)
      expect(json.body).toContain(name)
    }
    expect(JSON.parse(json.body).tables[0].outcome).not.toBeNull()
  })
})
