// Pass-the-device's fixtures: a clock the test moves, three teams seated at a shared screen, and games played
// through to their end on the engine, as the store's tests of the mode drive it.
import type { TeamId } from '../src/live'
import {
  PASS_DEVICE_KEY,
  type PassDevice,
  type PassDeviceSetup,
  startPassDevice,
} from '../src/store/live/pass-device'
import { memoryStorage } from './memory-storage'
import { bundled } from './server-fakes'

export const scenario = bundled('kazakhstan-2022')

/** A clock that moves only when the test says so. */
export function fixedClock(start = 1_700_000_000_000) {
  let t = start
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms
    },
  }
}

export const THREE_TEAMS = [
  { name: 'Astana', role: 'tokayev' },
  { name: 'Moscow', role: 'kremlin' },
  { name: 'Beijing desk', role: 'beijing' },
] as const

export function fakeSetup(overrides: Partial<PassDeviceSetup> = {}): PassDeviceSetup {
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

export function fakeDevice(overrides: Partial<PassDeviceSetup> = {}) {
  const clock = fixedClock()
  const storage = memoryStorage()
  const started = startPassDevice(fakeSetup(overrides), { now: clock.now, storage })
  if (!started.ok) throw new Error(started.error.detail)
  return { device: started.device, clock, storage }
}

export const teamNamed = (device: PassDevice, name: string): TeamId => {
  const team = device.store.getState().session.teams.find((t) => t.name === name)
  if (!team) throw new Error(`no team ${name}`)
  return team.id
}

/** Each team that owes a decision and has not sealed one submits the first option it is offered. */
export function submitFirstOptions(device: PassDevice): void {
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
export function playToTheEnd(device: PassDevice, clock: ReturnType<typeof fixedClock>): void {
  device.command({ kind: 'start' })
  playOut(device, clock)
}

/** Submit and reveal round by round until every table has played out. */
export function playOut(device: PassDevice, clock: ReturnType<typeof fixedClock>): void {
  for (let rounds = 0; device.store.getState().session.phase.kind !== 'finished'; rounds++) {
    if (rounds > 20) throw new Error('the session never finished')
    clock.advance(30_000)
    submitFirstOptions(device)
    clock.advance(1_000)
    if (!device.command({ kind: 'advance' }))
      throw new Error(device.store.getState().error?.detail ?? 'refused')
  }
}

export const keptEvents = (storage: ReturnType<typeof memoryStorage>): unknown[] => {
  const text = storage.data.get(PASS_DEVICE_KEY)
  if (text === undefined) throw new Error('nothing kept')
  return (JSON.parse(text) as { events: unknown[] }).events
}
