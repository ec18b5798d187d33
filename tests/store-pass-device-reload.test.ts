// Pass-the-device keeps the exercise after every change, so a reload replays it to the same session.
import { describe, expect, it } from 'vitest'
import type { SaveStorage } from '../src/store'
import {
  forgetPassDevice,
  PASS_DEVICE_KEY,
  type PassDevice,
  resumePassDevice,
} from '../src/store/live/pass-device'
import { memoryStorage } from './memory-storage'
import {
  fakeDevice,
  fixedClock,
  keptEvents,
  playOut,
  scenario,
  THREE_TEAMS,
  teamNamed,
} from './pass-device-fakes'
import { bundled } from './server-fakes'

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
