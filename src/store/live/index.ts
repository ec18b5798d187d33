// The live exercise's store: seats held over the workshop server's socket. Loaded with the live screens only: the
// first page never carries socket.io. Pass-the-device, run in this browser, has a face of its own
// (src/store/pass-the-device.ts), so that a seat's screens do not load it.
import { browserStorage } from '../browser-storage'
import { browserLink } from './connection'
import type { SeatDeps } from './seat-state'

export { joinCodeFrom } from '../../live/join-code'
export type { ResultsWords } from '../../live/results'
export { browserLink, type Connection, type LiveLink, liveLink } from './connection'
export { type FacilitatorSeat, facilitatorSeat } from './facilitator-seat'
export { absoluteJoinUrl } from './join-url'
export type { LiveRequest, Refusal, RefusalReason } from './refusal'
export { groupedRejoinCode, type RejoinCode } from './rejoin-code'
export { reloadFromServer } from './reload-from-server'
export { resultsLanguage } from './results-language'
export type { SeatDeps, SeatState } from './seat-state'
export {
  type Created,
  type CreateInput,
  createLiveSession,
  type LiveSetup,
  liveSetup,
  type SetupInput,
  type SetupState,
} from './setup'
export { type TeamNameDraft, teamNameDraft } from './team-name'
export { joining, type TeamSeat, teamSeat } from './team-seat'

/** This page's link, storage and clock: what a seat needs in the browser (tests bring their own). */
export const browserSeatDeps = (): SeatDeps => ({
  link: browserLink(),
  storage: browserStorage(),
  now: () => Date.now(),
})
