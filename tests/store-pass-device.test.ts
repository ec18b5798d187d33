// Pass-the-device: the live session's rules run in this browser for one shared screen. Teams are seated at
// setup, and each team's screen holds only what it may see. Commands and keeping the exercise have files of
// their own (store-pass-device-commands, store-pass-device-reload).
import { describe, expect, it } from 'vitest'
import { PASS_DEVICE_KEY, startPassDevice } from '../src/store/live/pass-device'
import { memoryStorage } from './memory-storage'
import { fakeDevice, fakeSetup, fixedClock, scenario, teamNamed } from './pass-device-fakes'

describe('setting up a pass-the-device exercise', () => {
  it('seats each team in the role it asked for', () => {
    const { device } = fakeDevice()
    expect(
      device.store.getState().session.teams.map((t) => ({ name: t.name, table: t.table, roles: t.roles })),
    ).toEqual([
      { name: 'Astana', table: 1, roles: ['tokayev'] },
      { name: 'Moscow', table: 1, roles: ['kremlin'] },
      { name: 'Beijing desk', table: 1, roles: ['beijing'] },
    ])
    expect(device.store.getState().session.phase).toEqual({ kind: 'lobby' })
    expect(device.store.getState().error).toBeNull()
  })

  it('gives a team that names no role the first free one', () => {
    const { device } = fakeDevice({ teams: [{ name: 'Moscow', role: 'kremlin' }, { name: 'Anyone' }] })
    expect(device.store.getState().session.teams.map((t) => t.roles)).toEqual([['kremlin'], ['tokayev']])
  })

  it('seats each team at a table of its own, playing every role, when each team plays the whole crisis', () => {
    const { device } = fakeDevice({
      format: { kind: 'parallel-whole' },
      teams: [{ name: 'A' }, { name: 'B' }],
    })
    const teams = device.store.getState().session.teams
    expect(teams.map((t) => t.table)).toEqual([1, 2])
    for (const t of teams) expect(t.roles).toEqual(scenario.roles.map((r) => r.id))
  })

  it('refuses two teams asking for one role as a setup mistake, and starts nothing', () => {
    const storage = memoryStorage()
    const started = startPassDevice(
      fakeSetup({
        teams: [
          { name: 'Moscow', role: 'kremlin' },
          { name: 'Also Moscow', role: 'kremlin' },
        ],
      }),
      { now: fixedClock().now, storage },
    )
    expect(started).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        request: 'join',
        reason: 'role-taken',
        detail: expect.stringContaining('"kremlin" is taken'),
      },
    })
    expect(storage.data.has(PASS_DEVICE_KEY)).toBe(false)
  })

  it('refuses a role the scenario does not have, naming the roles it has', () => {
    const started = startPassDevice(fakeSetup({ teams: [{ name: 'Minsk', role: 'lukashenko' }] }), {
      now: fixedClock().now,
    })
    expect(started.ok).toBe(false)
    if (started.ok) return
    expect(started.error).toMatchObject({ code: 'not-found', request: 'join' })
    expect(started.error.detail).toMatch(/no role "lukashenko"/)
    expect(started.error.detail).toMatch(/tokayev, kremlin, beijing, yerevan, bishkek/)
  })

  it('refuses two teams with one name', () => {
    const started = startPassDevice(fakeSetup({ teams: [{ name: 'Astana' }, { name: 'astana' }] }), {
      now: fixedClock().now,
    })
    expect(started).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        request: 'join',
        reason: 'name-similar',
        detail: '"astana" is too like "Astana", a team that has already joined: choose another name',
      },
    })
  })
})

describe("what each team's screen shows", () => {
  it("gives each team its own briefing and never another role's", () => {
    const { device } = fakeDevice()
    const state = device.store.getState()
    const briefingOf = (role: string) => scenario.roles.find((r) => r.id === role)!.briefing
    const moscow = device.team(state, teamNamed(device, 'Moscow'))
    expect(moscow.brief.team.roles.map((r) => r.id)).toEqual(['kremlin'])
    expect(moscow.brief.team.roles[0]!.briefing).toBe(briefingOf('kremlin'))
    const seen = JSON.stringify(moscow)
    for (const other of ['tokayev', 'beijing', 'yerevan', 'bishkek'])
      expect(seen).not.toContain(briefingOf(other))
  })

  it("never shows another team, or the facilitator, a team's decision before the reveal", () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    const astana = teamNamed(device, 'Astana')
    const moscow = teamNamed(device, 'Moscow')
    const before = device.store.getState()
    const moscowBefore = device.team(before, moscow).view
    const facilitatorBefore = device.facilitator(before).view

    expect(device.submit(astana, 1, 'request:foreign-backed:peacekeepers:14')).toBe(true)
    const after = device.store.getState()

    // The submitting team sees its own choice: the secret exists, and is kept from the others.
    expect(device.team(after, astana).view.turn?.submitted).toBe('request:foreign-backed:peacekeepers:14')
    const moscowAfter = device.team(after, moscow).view
    expect(moscowAfter).toEqual(moscowBefore)
    expect(moscowAfter.waitingFor).toEqual({
      role: 'tokayev',
      stage: 'request',
      team: 'Astana',
      turnLeft: true,
    })
    expect(JSON.stringify(moscowAfter)).not.toContain('foreign-backed:peacekeepers')

    const facilitator = device.facilitator(after).view
    expect(facilitator.teams.map((t) => [t.name, t.submitted])).toEqual([
      ['Astana', true],
      ['Moscow', null],
      ['Beijing desk', null],
    ])
    expect(facilitatorBefore.teams[0]!.submitted).toBe(false)
    expect(facilitator.allSubmitted).toBe(true)
    expect(JSON.stringify(facilitator)).not.toContain('foreign-backed:peacekeepers')
  })

  it('shows the facilitator the same screen whichever decision a team sealed', () => {
    const sealed = (decision: string) => {
      const { device } = fakeDevice()
      device.command({ kind: 'start' })
      device.submit(teamNamed(device, 'Astana'), 1, decision)
      return device.facilitator(device.store.getState()).view
    }
    expect(sealed('no-request')).toEqual(sealed('request:external-attack:rapid-reaction:90'))
  })

  it('reveals a decision to every team once the facilitator reveals the round', () => {
    const { device } = fakeDevice()
    device.command({ kind: 'start' })
    device.submit(teamNamed(device, 'Astana'), 1, 'request:foreign-backed:peacekeepers:14')
    device.command({ kind: 'advance' })
    const moscow = device.team(device.store.getState(), teamNamed(device, 'Moscow')).view
    expect(moscow.table?.moves[0]).toMatchObject({
      stage: 'request',
      decision: 'request:foreign-backed:peacekeepers:14',
      by: 'team',
      team: 'Astana',
    })
    expect(moscow.turn).toMatchObject({ round: 2, role: 'kremlin', stage: 'response' })
  })
})
