// The live exercise's store: seats held over the workshop server's socket, and pass-the-device run
// in this browser. Loaded with the live screens only: the first page never carries socket.io.
import type { SaveStorage } from '../saved-game'
import { liveSocket } from './connection'
import type { SeatDeps } from './seat'

export {
  forgetPassDevice,
  type PassDevice,
  type PassDeviceSetup,
  type PassDeviceState,
  type Resumed,
  resumePassDevice,
  startPassDevice,
} from './pass-device'
export {
  type Connection,
  type Created,
  type CreateInput,
  createLiveSession,
  type FacilitatorSeat,
  facilitatorSeat,
  type SeatDeps,
  type SeatState,
  type TeamSeat,
  teamSeat,
} from './seat'

export function browserStorage(): SaveStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** This page's socket, storage and clock: what a seat needs in the browser (tests bring their own). */
export const browserSeatDeps = (): SeatDeps => ({
  socket: liveSocket(),
  storage: browserStorage(),
  now: () => Date.now(),
})
