// Pass-the-device before its exercise: the one this browser was running, offered back once the scenarios have
// come (never resumed unasked), and a new one seated on a fresh seed at the game's own temperature. Until the kept
// exercise has been looked for there is nothing to seat over, so the form waits for `looked`: seating new teams
// before then would throw the kept exercise away without asking. The screen renders this and calls it; the
// storage, the clock and the seed are the page's (tests bring their own).
import { createStore, type StoreApi } from 'zustand/vanilla'
import { GAME_TEMPERATURE } from '../../engine'
import { loadedScenarios } from '../selectors'
import type { LibraryState } from '../state'
import {
  forgetPassDevice,
  type PassDevice,
  type PassDeviceDeps,
  type PassDeviceSetup,
  type Resumed,
  resumePassDevice,
  startPassDevice,
} from './pass-device'
import type { Refusal } from './refusal'

export interface PassDeviceHomeDeps extends PassDeviceDeps {
  /** A new exercise's seed. */
  readonly seed: () => number
}

export interface PassDeviceHomeState {
  /** The exercise this browser kept: none until the scenarios have come and it has been looked for. */
  readonly kept: Resumed
  /** Whether the kept exercise has been looked for: the set-up form is offered only then. */
  readonly looked: boolean
  /** The exercise on the screen, started or resumed; none while the set-up form shows. */
  readonly device: PassDevice | null
}

/** What the set-up form chooses: the seed and the engine's temperature are the home's to give. */
export type PassDeviceChoice = Omit<PassDeviceSetup, 'seed' | 'temperature'>

export interface PassDeviceHome {
  readonly store: StoreApi<PassDeviceHomeState>
  /**
   * Looks for the kept exercise among the library's scenarios, once the library is here: once, so a later look
   * cannot undo a choice.
   */
  readonly look: (library: LibraryState) => void
  /** Seats a new exercise's teams; a refusal (two teams asking for one role) starts nothing and is returned. */
  readonly start: (choice: PassDeviceChoice) => Refusal | null
  /** Takes up the kept exercise where it was left. */
  readonly resume: () => void
  /** Throws the kept or running exercise away, for the set-up form. */
  readonly discard: () => void
}

export function passDeviceHome(deps: PassDeviceHomeDeps): PassDeviceHome {
  const store = createStore<PassDeviceHomeState>()(() => ({
    kept: { status: 'none' },
    looked: false,
    device: null,
  }))
  return {
    store,
    look(library) {
      if (store.getState().looked || library.status !== 'ready') return
      store.setState({ kept: resumePassDevice(loadedScenarios(library), deps), looked: true })
    },
    start(choice) {
      const started = startPassDevice({ ...choice, seed: deps.seed(), temperature: GAME_TEMPERATURE }, deps)
      if (!started.ok) return started.error
      store.setState({ device: started.device })
      return null
    },
    resume() {
      const { kept } = store.getState()
      if (kept.status === 'ok') store.setState({ device: kept.device })
    },
    discard() {
      forgetPassDevice(deps.storage)
      store.setState({ kept: { status: 'none' }, device: null })
    },
  }
}
