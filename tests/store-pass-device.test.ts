// Pass-the-device: the live session's rules run in this browser for one shared screen. Teams are seated at
// setup, every command goes through the same rules as on the server, each team's screen holds only what it
// may see, and the exercise is kept after every change so a reload replays it to the same session.
import { describe, expect, it } from 'vitest'
import type { TeamId } from '../src/live'
import type { SaveStorage } from '../src/store'
import {
  forgetPassDevice,
  PASS_DEVICE_KEY,
  type PassDevice,
  type PassDeviceSetup,
  resumePassDevice,
  startPassDevice,
} from '../src/store/live/pass-device'
import { memoryStorage } from './memory-storage'
import { bundled } from './server-fakes'

const scenario = bundled('kazakhstan-2022')

/** A clock that moves only when the test says so. */
function fixedClock(start = 1_700_000_000_000) {
  let t = start
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms
    },
  }
}

const THREE_TEAMS = [
  { name: 'Astana', role: 'tokayev' },
  { name: 'Moscow', role: 'kremlin' },
  { name: 'Beijing desk', role: 'beijing' },
] as const

function fakeSetup(overrides: Partial<PassDeviceSetup> = {}): PassDeviceSetup {
  return {
    scenario,
    format: { kind: 'one-table' },
    teams: THREE_TEAMS,
    roundSeconds: 0,
    seed: 7,
    temperature: 0.02,
    ...overrides,
  }
}

function fakeDevice(overrides: Partial<PassDeviceSetup> = {}) {
  const clock = fixedClock()
  const storage = memoryStorage()
  const started = startPassDevice(fakeSetup(overrides), { now: clock.now, storage })
  if (!started.ok) throw new Error(started.error.detail)
  return { device: started.device, clock, storage }
}

const teamNamed = (device: PassDevice, name: string): TeamId => {
  const team = device.store.getState().session.teams.find((t) => t.name === name)
  if (!team) throw new Error(`no team ${name}`)
  return team.id
}

/** Each team that owes a decision and has not sealed one submits the first option it is offered. */
function submitFirstOptions(device: PassDevice): void {
  for (const table of device.store.getState().session.tables) {
    if (table.state.kind !== 'deciding' || table.state.submission) continue
    const { team } = table.state.pending
    const turn = device.team(device.store.getState(), team).view.turn
    if (!turn) throw new Error(`team ${team} owes a decision but has no turn`)
    if (!device.submit(team, turn.round, turn.options[0]!))
      throw new Error(device.store.getState().error?.detail ?? 'refused')
  }
}

/** Start, then play out. */
function playToTheEnd(device: PassDevice, clock: ReturnType<typeof fixedClock>): void {
  device.command({ kind: 'start' })
  playOut(device, clock)
}

/** Submit and reveal round by round until every table has played out. */
function playOut(device: PassDevice, clock: ReturnType<typeof fixedClock>): void {
  for (let rounds = 0; device.store.getState().session.phase.kind !== 'finished'; rounds++) {
    if (rounds > 20) throw new Error('the session never finished')
    clock.advance(30_000)
    submitFirstOptions(device)
    clock.advance(1_000)
    if (!device.command({ kind: 'advance' }))
      throw new Error(device.store.getState().error?.detail ?? 'refused')
  }
}

const keptEvents = (storage: ReturnType<typeof memoryStorage>): unknown[] => {
  const text = storage.data.get(PASS_DEVICE_KEY)
  if (text === undefined) throw new Error('nothing kept')
  return (JSON.parse(text) as { events: unknown[] }).events
}

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
    expect(moscowAfter.waitingFor).toEqual({ role: 'tokayev', stage: 'request', team: 'Astana' })
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
    expect(view.debrief?.tables).toHaveLength(1)
    expect(view.debrief?.tables[0]?.status).toBe('finished')
    expect(view.debrief?.tables[0]?.outcome?.verdict).toMatch(/^(eligible|contested|not-eligible)$/)
    expect(view.debrief?.history).toEqual(scenario.history)
    const astana = device.team(device.store.getState(), teamNamed(device, 'Astana')).view
    expect(astana.debrief?.tables[0]?.outcome).toEqual(view.debrief?.tables[0]?.outcome)
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

describe('keeping the exercise across a reload', () => {
  it('keeps the exercise after every change, and not after a refusal', () => {
    const { device, storage, clock } = fakeDevice()
    // The created event and one joined event per team.
    expect(keptEvents(storage)).toHaveLength(1 + THREE_TEAMS.length)
    device.command({ kind: 'start' })
    expect(keptEvents(storage)).toHaveLength(5)
    device.command({ kind: 'start' })
    expect(keptEvents(storage)).toHaveLength(5)
    clock.advance(5_000)
    device.submit(teamNamed(device, 'Astana'), 1, 'request:foreign-backed:peacekeepers:14')
    expect(keptEvents(storage).at(-1)).toMatchObject({
      kind: 'submitted',
      decision: 'request:foreign-backed:peacekeepers:14',
    })
  })

  it('replays what was kept to the same session, at the same round', () => {
    const { device, storage, clock } = fakeDevice({ roundSeconds: 300 })
    device.command({ kind: 'release', inject: 'morgue-claims' })
    device.command({ kind: 'start' })
    clock.advance(10_000)
    device.submit(teamNamed(device, 'Astana'), 1, 'request:foreign-backed:peacekeepers:14')
    device.command({ kind: 'advance' })
    clock.advance(20_000)
    device.command({ kind: 'pause' })
    device.submit(teamNamed(device, 'Moscow'), 2, 'refuse')

    const resumed = resumePassDevice([bundled('kazakhstan-2022')], { now: clock.now, storage })
    if (resumed.status !== 'ok') throw new Error(`resumed as ${resumed.status}`)
    expect(resumed.title).toBe(scenario.title)
    const again = resumed.device
    const was = device.facilitator(device.store.getState()).view
    const is = again.facilitator(again.store.getState()).view
    expect(is.phase).toEqual(was.phase)
    expect(is.phase).toMatchObject({ kind: 'deciding', round: 2, clock: { kind: 'paused' } })
    expect(is.tables.map((t) => t.moves)).toEqual(was.tables.map((t) => t.moves))
    expect(is.teams).toEqual(was.teams)
    expect(is).toEqual(was)
    const moscow = teamNamed(again, 'Moscow')
    expect(again.team(again.store.getState(), moscow).view.turn?.submitted).toBe('refuse')
  })

  it('plays on after a reload exactly as it would have without one', () => {
    const { device, storage, clock } = fakeDevice()
    device.command({ kind: 'start' })
    device.submit(teamNamed(device, 'Astana'), 1, 'request:foreign-backed:peacekeepers:14')
    const resumed = resumePassDevice([scenario], { now: clock.now, storage })
    if (resumed.status !== 'ok') throw new Error(`resumed as ${resumed.status}`)
    playOut(device, clock)
    playOut(resumed.device, clock)
    const end = (d: PassDevice) => d.facilitator(d.store.getState()).view
    expect(end(resumed.device).debrief).not.toBeNull()
    expect(end(resumed.device).debrief).toEqual(end(device).debrief)
  })

  it('finds nothing to resume when nothing was kept', () => {
    expect(resumePassDevice([scenario], { now: fixedClock().now, storage: memoryStorage() })).toEqual({
      status: 'none',
    })
    expect(resumePassDevice([scenario], { now: fixedClock().now })).toEqual({ status: 'none' })
  })

  it('finds nothing to resume when the storage cannot be read', () => {
    const forbidden: SaveStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
    }
    expect(resumePassDevice([scenario], { now: fixedClock().now, storage: forbidden })).toEqual({
      status: 'none',
    })
  })

  it('reads a damaged record as unreadable rather than failing', () => {
    const { storage } = fakeDevice()
    const good = JSON.parse(storage.data.get(PASS_DEVICE_KEY)!) as { version: number; events: unknown[] }
    const [created, ...changes] = good.events as Record<string, unknown>[]
    const damaged = {
      'not JSON': '{"version":1,"events":[',
      'a newer version': JSON.stringify({ ...good, version: 2 }),
      'no events': JSON.stringify({ version: 1 }),
      'no record at all': 'null',
      'an event of no known kind': JSON.stringify({
        ...good,
        events: [...good.events, { kind: 'exploded' }],
      }),
      'an unreadable decision': JSON.stringify({
        ...good,
        events: [...good.events, { kind: 'submitted', at: 1, round: 1, team: 't1', decision: 'sideways' }],
      }),
      'no created event first': JSON.stringify({ ...good, events: changes }),
      'an unknown scenario': JSON.stringify({
        ...good,
        events: [{ ...created, scenario: { file: 'atlantis-2031', text: '' } }, ...changes],
      }),
    }
    for (const [why, text] of Object.entries(damaged))
      expect(
        resumePassDevice([scenario], {
          now: fixedClock().now,
          storage: memoryStorage({ [PASS_DEVICE_KEY]: text }),
        }),
        why,
      ).toEqual({ status: 'unreadable' })
  })

  it('reads a record whose scenario this browser no longer has as unreadable', () => {
    const { storage } = fakeDevice()
    expect(resumePassDevice([bundled('kyrgyzstan-2010')], { now: fixedClock().now, storage })).toEqual({
      status: 'unreadable',
    })
  })

  it('forgets the exercise when asked', () => {
    const { storage } = fakeDevice()
    forgetPassDevice(storage)
    expect(storage.data.has(PASS_DEVICE_KEY)).toBe(false)
    expect(resumePassDevice([scenario], { now: fixedClock().now, storage })).toEqual({ status: 'none' })
    expect(() => forgetPassDevice(undefined)).not.toThrow()
  })
})
