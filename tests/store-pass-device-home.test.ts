// Pass-the-device before its exercise: the exercise this browser kept is offered back (never resumed unasked), a new
// one is seated on the home's seed at the single-player game's temperature, and throwing one away forgets it.
import { describe, expect, it } from 'vitest'
import { GAME_TEMPERATURE } from '../src/engine'
import type { LibraryState } from '../src/store'
import { PASS_DEVICE_KEY } from '../src/store/live/pass-device'
import { type PassDeviceChoice, passDeviceHome } from '../src/store/live/pass-device-home'
import { memoryStorage } from './memory-storage'
import { bundled } from './server-fakes'

const scenario = bundled('kazakhstan-2022')
const library: LibraryState = {
  status: 'ready',
  entries: [
    { ok: true, scenario },
    { ok: false, file: 'broken.yaml', problems: [] },
  ],
}

const CHOICE: PassDeviceChoice = {
  scenario,
  format: { kind: 'one-table' },
  teams: [
    { name: 'Astana', role: 'tokayev' },
    { name: 'Moscow', role: 'kremlin' },
  ],
  roundSeconds: 0,
}

/** A home on this storage, whose seeds are 11, 12, 13… */
function home(storage = memoryStorage()) {
  let seed = 10
  return { storage, home: passDeviceHome({ storage, now: () => 1_700_000_000_000, seed: () => ++seed }) }
}

describe('a new pass-the-device exercise', () => {
  it("is seated on the home's seed at the single-player game's temperature", () => {
    const { home: h } = home()
    expect(h.start(CHOICE)).toBeNull()
    const device = h.store.getState().device
    expect(device?.store.getState().session.settings).toMatchObject({
      seed: 11,
      temperature: GAME_TEMPERATURE,
    })
    expect(device?.store.getState().session.teams.map((t) => t.name)).toEqual(['Astana', 'Moscow'])
  })

  it('is refused, with nothing started, when two teams ask for one role', () => {
    const { home: h, storage } = home()
    const refused = h.start({
      ...CHOICE,
      teams: [
        { name: 'Astana', role: 'tokayev' },
        { name: 'Also Astana', role: 'tokayev' },
      ],
    })
    expect(refused).toMatchObject({ code: 'conflict', reason: 'role-taken' })
    expect(h.store.getState().device).toBeNull()
    expect(storage.data.has(PASS_DEVICE_KEY)).toBe(false)
  })
})

describe('the exercise this browser kept', () => {
  /** A storage holding the exercise a first home started. */
  function kept() {
    const first = home()
    first.home.start(CHOICE)
    expect(first.storage.data.has(PASS_DEVICE_KEY)).toBe(true)
    return first.storage
  }

  it('is offered once the scenarios have come, not taken up', () => {
    const { home: h } = home(kept())
    expect(h.store.getState()).toMatchObject({ kept: { status: 'none' }, looked: false })
    h.look(library)
    const { kept: found, looked, device } = h.store.getState()
    expect(found).toMatchObject({ status: 'ok', title: scenario.title })
    expect(looked).toBe(true)
    expect(device).toBeNull()
  })

  it('is not looked for while the scenarios are still coming, so nothing can be seated over it yet', () => {
    const { home: h } = home(kept())
    h.look({ status: 'loading' })
    h.look({ status: 'partial', entries: [{ ok: true, scenario }] })
    h.look({ status: 'failed', message: 'offline' })
    expect(h.store.getState()).toMatchObject({ kept: { status: 'none' }, looked: false })
  })

  it('is taken up where it was left when the facilitator resumes it', () => {
    const { home: h } = home(kept())
    h.look(library)
    h.resume()
    const device = h.store.getState().device
    expect(device?.store.getState().session.settings.seed).toBe(11)
    expect(device?.store.getState().session.teams.map((t) => t.name)).toEqual(['Astana', 'Moscow'])
  })

  it('is forgotten when thrown away, and a later look does not bring it back', () => {
    const storage = kept()
    const { home: h } = home(storage)
    h.look(library)
    h.discard()
    expect(h.store.getState()).toEqual({ kept: { status: 'none' }, looked: true, device: null })
    expect(storage.data.has(PASS_DEVICE_KEY)).toBe(false)
    h.look(library)
    expect(h.store.getState().kept).toEqual({ status: 'none' })
  })

  it('is looked for once: a library that comes again does not undo the choice made', () => {
    const { home: h } = home(kept())
    h.look(library)
    h.resume()
    const device = h.store.getState().device
    h.look(library)
    expect(h.store.getState().device).toBe(device)
  })

  it('is unreadable, and offered as such, when its scenario is no longer in the library', () => {
    const { home: h } = home(kept())
    h.look({ status: 'ready', entries: [{ ok: false, file: 'broken.yaml', problems: [] }] })
    expect(h.store.getState().kept).toEqual({ status: 'unreadable' })
    h.resume()
    expect(h.store.getState().device).toBeNull()
  })
})
