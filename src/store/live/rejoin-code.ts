// The rejoin code the facilitator has just been given for a team that lost its device: held in this page's memory
// only (never in storage: it admits to a seat), shown until dismissed, until its time runs out, or until the team
// has used it (its row's `rejoinUntil` goes away). Asking again for any team replaces it: one code on screen.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { FacilitatorView } from '../../live/protocol'

export interface RejoinCode {
  /** The team's id, as the facilitator's view lists it. */
  readonly team: string
  /** As the server gave it, in capitals without spaces. */
  readonly code: string
  /** When it stops working, on this device's clock (the server's `expiresAt` less the skew), epoch ms. */
  readonly until: number
}

export interface RejoinCodes {
  readonly store: StoreApi<{ readonly shown: RejoinCode | null }>
  /** Shows a code the server issued; `expiresAt` is the server's epoch ms, `skew` the server's clock minus ours. */
  readonly show: (rejoin: { team: string; code: string; expiresAt: number }, skew: number) => void
  readonly dismiss: () => void
  /** Each new facilitator view: a code its team has used (its row's `rejoinUntil` gone) is put away. */
  readonly viewed: (before: FacilitatorView | null, after: FacilitatorView) => void
  readonly close: () => void
}

/** "ABCD EFGH": two groups of four, as a code is read out and shown. */
export const groupedRejoinCode = (code: string): string =>
  code.length > 4 ? `${code.slice(0, 4)} ${code.slice(4)}` : code

const pendingFor = (view: FacilitatorView | null, team: string): number | undefined =>
  view?.teams.find((row) => row.id === team)?.rejoinUntil

export function rejoinCodes(now: () => number): RejoinCodes {
  const store = createStore<{ shown: RejoinCode | null }>()(() => ({ shown: null }))
  let timer: ReturnType<typeof setTimeout> | undefined
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const dismiss = () => {
    stopTimer()
    store.setState({ shown: null })
  }
  return {
    store,
    show: ({ team, code, expiresAt }, skew) => {
      stopTimer()
      const until = expiresAt - skew
      store.setState({ shown: { team, code, until } })
      // A code past its time admits nobody: it leaves the screen then, not at the next view.
      timer = setTimeout(dismiss, Math.max(0, until - now()))
    },
    dismiss,
    viewed: (before, after) => {
      const shown = store.getState().shown
      // Only a pending code that went away was used (or dropped by the server): a view sent before the code
      // was issued, arriving after the reply, never had it.
      if (
        shown &&
        pendingFor(before, shown.team) !== undefined &&
        pendingFor(after, shown.team) === undefined
      )
        dismiss()
    },
    close: dismiss,
  }
}
