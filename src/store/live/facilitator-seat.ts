// The facilitator's seat: the commands that run the session, and the results file, in the scenario's own
// language as the server writes it or put in the reader's here. With no facilitator key in this browser, the
// seat follows the session's lobby (follow-lobby.ts), so the screen can say whether it can still be joined. A team
// that lost its device is let back in with a one-time code, held in memory only (rejoin-code.ts). An extension names
// the clock changes the facilitator had seen, so that sending it again cannot add the time twice.
import type { FacilitatorCommandInput, FacilitatorView } from '../../live/protocol'
import type { Results } from '../../live/results'
import { type ResultsFile, type ResultsLanguage, resultsFileOf } from '../../live/results-file'
import { ask } from './connection'
import { followLobby } from './follow-lobby'
import { openSeat } from './open-seat'
import { type RejoinCodes, rejoinCodes } from './rejoin-code'
import type { Seat, SeatDeps } from './seat-state'

export interface FacilitatorSeat extends Seat<'facilitator'> {
  readonly command: (command: FacilitatorCommandInput) => Promise<boolean>
  /** The results file; in the reader's language when given one (the server writes the scenario's own). */
  readonly exportResults: (
    format: 'json' | 'csv',
    inLanguage?: ResultsLanguage,
  ) => Promise<ResultsFile | null>
  /** Asks for a new rejoin code for the team (the one shown before stops working); shown in `rejoin.store`. */
  readonly readmit: (team: string) => Promise<boolean>
  /** The rejoin code on screen, if any, and putting it away. */
  readonly rejoin: Pick<RejoinCodes, 'store' | 'dismiss'>
}

export function facilitatorSeat(code: string, deps: SeatDeps): FacilitatorSeat {
  const seat = openSeat('facilitator', code, deps)
  // With no facilitator key here, the screen says whether the session can still be joined: from its lobby.
  const lobby = followLobby({ ...seat, setLobby: (found) => seat.store.setState({ lobby: found }) }, code)
  const rejoin = rejoinCodes(deps.now)
  const stopViewing = seat.store.subscribe(({ view }, { view: before }) => {
    if (view && view !== before) rejoin.viewed(before, view)
  })
  return {
    store: seat.store,
    close: () => {
      stopViewing()
      rejoin.close()
      lobby.stop()
      seat.close()
    },
    readmit: async (team) => {
      const done = await seat.run(() => ask(seat.socket, 'facilitator:readmit', { team }))
      if (!done.ok) return seat.refused('readmit', done.reply)
      rejoin.show(done.reply.rejoin, seat.store.getState().skew)
      return true
    },
    rejoin: { store: rejoin.store, dismiss: rejoin.dismiss },
    command: async (command) => {
      const sent = seenClock(command, seat.store.getState().view)
      const done = await seat.run(() => ask(seat.socket, 'facilitator:command', { command: sent }))
      return done.ok || seat.refused('command', done.reply)
    },
    exportResults: async (format, inLanguage) => {
      // In another language, the whole results (JSON), put in it here and written as the format asks.
      const asked = inLanguage ? 'json' : format
      const done = await seat.run(() => ask(seat.socket, 'facilitator:export', { format: asked }))
      if (!done.ok) {
        seat.refused('export', done.reply)
        return null
      }
      if (!inLanguage) return done.reply
      // The file's record has its source keys taken out; the translation matches the record as written, which
      // the debrief's view holds once the session has ended (the file then takes the keys out again).
      const sent = JSON.parse(done.reply.body) as Results
      const record = seat.store.getState().view?.debrief?.history
      const english = sent.history && record ? { ...sent, history: record } : sent
      return resultsFileOf(inLanguage.results(english), format, inLanguage.words)
    },
  }
}

/**
 * An extension names how many clock changes the view held here had seen when it was sent (`after`): if the clock
 * changed meanwhile, this same extension included when an attempt whose answer was lost reached the log, the
 * server refuses it (`clock-changed`) rather than add the time twice, and the facilitator extends again from the
 * view that shows it. Every other command goes as the screen made it.
 */
function seenClock(command: FacilitatorCommandInput, view: FacilitatorView | null): FacilitatorCommandInput {
  if (command.kind !== 'extend' || view === null) return command
  return { ...command, after: view.clockChanges }
}
