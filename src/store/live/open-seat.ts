// Opening a seat of either kind on the link's socket: its store, resumed on every (re)connection
// (resume-seat.ts) and kept up to date by what the server pushes (seat-pushes.ts), with the pieces the two
// kinds build on: taking a reply that seats this browser, keeping a refusal to show, and running one request
// at a time, marked busy so buttons do not send it twice. The server decides everything.
import { createStore } from 'zustand/vanilla'
import { arrivals as arrivalsOf } from '../../live/arrivals'
import type { ErrorReply } from '../../live/protocol'
import type { Connection } from './connection'
import { type LiveRequest, refusal } from './refusal'
import { resumeSeat } from './resume-seat'
import { followPushes } from './seat-pushes'
import type { Audience, SeatDeps, Seated, SeatState } from './seat-state'
import { readToken, type SeatKind } from './tokens'

export function openSeat<K extends SeatKind>(kind: K, code: string, deps: SeatDeps) {
  const { link, storage, now } = deps
  const socket = link.socket()
  const connection = (): Connection => link.store.getState().connection
  const store = createStore<SeatState<K>>()(() => ({
    kind,
    code,
    connection: connection(),
    brief: null,
    view: null,
    skew: 0,
    unseated: readToken(storage, kind, code) === null,
    lobby: undefined,
    error: null,
    busy: false,
  }))

  // A reply's view, forwarded from the server holding the session, can come after a newer view it pushed.
  const arrivals = arrivalsOf<Audience[K]['view']>()
  const seated = (reply: Seated<K>) => {
    const view = arrivals.view(store.getState().view, reply.view)
    store.setState({
      brief: reply.brief,
      view,
      skew: view.serverNow - now(),
      unseated: false,
      lobby: undefined,
      error: null,
    })
  }
  const refused = (request: LiveRequest, reply: ErrorReply) => {
    store.setState({ error: refusal(request, reply.error) })
    return false
  }

  const resume = resumeSeat({ kind, code, store, socket, storage, seated })
  // Every (re)connection resumes the seat; a seat is online once resumed.
  const stopFollowing = link.store.subscribe(({ connection: current }, { connection: before }) => {
    if (current === before) return
    if (current === 'online') void resume()
    else store.setState({ connection: current })
  })
  const stopPushes = followPushes({ kind, code, store, socket, storage, now, arrivals })
  // Subscribed first, then checked: a connection that came before this seat is resumed too.
  if (connection() === 'online') void resume()

  /** Runs one request, marking the seat busy so buttons do not send it twice. */
  const run = async <T extends { ok: boolean }>(request: () => Promise<T | ErrorReply>) => {
    store.setState({ busy: true })
    try {
      const reply = await request()
      if (!reply.ok) return { ok: false as const, reply: reply as ErrorReply }
      store.setState({ error: null })
      return { ok: true as const, reply: reply as T }
    } finally {
      store.setState({ busy: false })
    }
  }

  const close = () => {
    stopFollowing()
    stopPushes()
  }
  return { store, close, run, seated, refused, socket }
}
