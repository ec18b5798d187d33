// The store's face for pass-the-device: the live session's own rules run in this browser for one shared screen
// (src/store/live/pass-device.ts). Apart from the live seats' face (src/store/live/index.ts), which a team's phone and
// the facilitator's laptop load: pass-the-device brings the session's rules, the messages' checks and the table that
// compares team names by their look, which a seat never needs (the server runs them).

import { browserStorage } from './browser-storage'
import type { PassDeviceHomeDeps } from './live/pass-device-home'

export { type PassDevice, startPassDevice } from './live/pass-device'
export { type DraftValue, draftKey, fieldsFor } from './live/pass-device-drafts'
export { type PassDeviceChoice, type PassDeviceHome, passDeviceHome } from './live/pass-device-home'
export {
  type Holder,
  handOver,
  holderOf,
  type PassMove,
  resumedAt,
  sealTurn,
  seatedAt,
  showTeam,
  toTable,
} from './live/pass-device-step'

/** This page's storage, clock and seeds: what pass-the-device needs in the browser (tests bring their own). */
export const browserPassDeviceDeps = (): PassDeviceHomeDeps => ({
  storage: browserStorage(),
  now: () => Date.now(),
  seed: () => Math.floor(Math.random() * (2 ** 31 - 1)),
})
