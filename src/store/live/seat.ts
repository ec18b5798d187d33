// One seat in a live session, as this browser holds it: the facilitator's or a team's. It keeps what
// the server last sent (the brief once, the view on every push), resumes with its stored token on
// every (re)connection, and turns refusals into a message to show. The server decides everything.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type {
  ErrorReply,
  FacilitatorBrief,
  FacilitatorCommandInput,
  FacilitatorView,
  LobbyView,
  OutcomesNotice,
  TeamBrief,
  TeamView,
} from '../../live/protocol'
import type { Results } from '../../live/results'
import { type ResultsFile, type ResultsLanguage, resultsFileOf } from '../../live/results-file'
import { withOutcomes } from '../../live/with-outcomes'
import type { SaveStorage } from '../saved-game'
import { ask, type Connection, type LiveLink } from './connection'
import { followLobby, joining as isJoining } from './follow-lobby'
import { type LiveRequest, outlived, type Refusal, refusal } from './refusal'
import { forgetToken, readToken, type SeatKind, writeToken } from './tokens'

interface Audience {
  facilitator: { brief: FacilitatorBrief; view: FacilitatorView }
  team: { brief: TeamBrief; view: TeamView }
}

export interface SeatState<K extends SeatKind> {
  readonly kind: K
  readonly code: string
  readonly connection: Connection
  readonly brief: Audience[K]['brief'] | null
  readonly view: Audience[K]['view'] | null
  /** The server's clock minus this device's, at the last view: countdowns read the server's deadline. */
  readonly skew: number
  /** No seat here yet (no token, or the server no longer knows it): a team joins, a facilitator cannot resume. */
  readonly unseated: boolean
  /**
   * While unseated, the session's lobby (its title, whether it is open, the roles still free), as the server
   * last gave it (follow-lobby.ts); undefined while asked for or once seated, null when refused.
   */
  readonly lobby: LobbyView | null | undefined
  /** The last request the server refused, by its code; cleared by the next success. */
  readonly error: Refusal | null
  readonly busy: boolean
}

export interface Seat<K extends SeatKind> {
  readonly store: StoreApi<SeatState<K>>
  /** Stops listening (the link and its socket stay, for the next seat). */
  readonly close: () => void
}

export interface FacilitatorSeat extends Seat<'facilitator'> {
  readonly command: (command: FacilitatorCommandInput) => Promise<boolean>
  /** The results file; in the reader's language when given one (the server writes the scenario's own). */
  readonly exportResults: (
    format: 'json' | 'csv',
    inLanguage?: ResultsLanguage,
  ) => Promise<ResultsFile | null>
}

export interface TeamSeat extends Seat<'team'> {
  /** Joins under this name, in the role asked for or else the first free seat. */
  readonly join: (name: string, role?: string) => Promise<boolean>
  readonly submit: (round: number, decision: string) => Promise<boolean>
}

export interface SeatDeps {
  readonly link: LiveLink
  readonly storage: SaveStorage | undefined
  readonly now: () => number
}

type Seated<K extends SeatKind> = { ok: true; brief: Audience[K]['brief']; view: Audience[K]['view'] }

function openSeat<K extends SeatKind>(kind: K, code: string, deps: SeatDeps) {
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

  const seated = (reply: Seated<K>) =>
    store.setState({
      brief: reply.brief,
      view: reply.view,
      skew: reply.view.serverNow - now(),
      unseated: false,
      lobby: undefined,
      error: null,
    })
  const refused = (request: LiveRequest, reply: ErrorReply) => {
    store.setState({ error: refusal(request, reply.error) })
    return false
  }

  const resume = async () => {
    const token = readToken(storage, kind, code)
    if (token === null) return store.setState({ connection: 'online', unseated: true })
    const reply =
      kind === 'facilitator'
        ? await ask(socket, 'facilitator:resume', { token })
        : await ask(socket, 'team:resume', { token })
    if (reply.ok) {
      seated(reply as Seated<K>)
      store.setState({ connection: 'online' })
    } else if (reply.error.code === 'not-found') {
      // The server no longer knows this seat (the session was pruned, or this is another server).
      forgetToken(storage, kind, code)
      store.setState({ connection: 'online', unseated: true, brief: null, view: null })
    } else {
      store.setState({ connection: 'online', error: refusal('resume', reply.error) })
    }
  }

  // Every (re)connection resumes the seat; a seat is online once resumed.
  const stopFollowing = link.store.subscribe(({ connection: current }, { connection: before }) => {
    if (current === before) return
    if (current === 'online') void resume()
    else store.setState({ connection: current })
  })
  const onView = (view: FacilitatorView | TeamView) => {
    if (view.audience !== kind || view.code !== code) return
    const { view: before, error } = store.getState()
    const stale = before !== null && outlived(error, before.phase, view.phase)
    store.setState({
      view: view as Audience[K]['view'],
      skew: view.serverNow - now(),
      ...(stale ? { error: null } : {}),
    })
  }
  // Outcomes come after the view that finished their tables; a view that comes later has them already.
  const onOutcomes = (notice: OutcomesNotice) => {
    const { view } = store.getState()
    if (view) store.setState({ view: withOutcomes(view, notice) })
  }
  // Removed by the facilitator in the lobby: the seat is gone, and the join form may be offered again.
  const onRemoved = (notice: { code: string }) => {
    if (kind !== 'team' || notice.code !== code) return
    forgetToken(storage, kind, code)
    store.setState({
      unseated: true,
      brief: null,
      view: null,
      error: refusal('resume', {
        code: 'removed',
        message: 'the facilitator removed this team from the session',
      }),
    })
  }
  socket.on('view', onView)
  socket.on('outcomes', onOutcomes)
  socket.on('removed', onRemoved)
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
    socket.off('view', onView)
    socket.off('outcomes', onOutcomes)
    socket.off('removed', onRemoved)
  }
  return { store, close, run, seated, refused, socket }
}

export function facilitatorSeat(code: string, deps: SeatDeps): FacilitatorSeat {
  const seat = openSeat('facilitator', code, deps)
  // With no facilitator key here, the screen says whether the session can still be joined: from its lobby.
  const lobby = followLobby({ ...seat, setLobby: (found) => seat.store.setState({ lobby: found }) }, code)
  return {
    store: seat.store,
    close: () => {
      lobby.stop()
      seat.close()
    },
    command: async (command) => {
      const done = await seat.run(() => ask(seat.socket, 'facilitator:command', { command }))
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

/** A team's seat is joining while it is online with no team yet: the join form shows then. */
export const joining = (s: SeatState<'team'>) => isJoining(s)

export function teamSeat(code: string, deps: SeatDeps): TeamSeat {
  const seat = openSeat('team', code, deps)
  // The join form shows the lobby (follow-lobby.ts), asked for again after a refused join.
  const lobby = followLobby({ ...seat, setLobby: (found) => seat.store.setState({ lobby: found }) }, code)
  const askLobby = lobby.ask
  const stopAsking = lobby.stop
  return {
    store: seat.store,
    close: () => {
      stopAsking()
      seat.close()
    },
    join: async (name, role) => {
      const done = await seat.run(() =>
        ask(seat.socket, 'team:join', role === undefined ? { code, name } : { code, name, role }),
      )
      if (!done.ok) {
        // Refused (the name or the role was taken meanwhile, or the session began): the seats as they are now.
        void askLobby()
        return seat.refused('join', done.reply)
      }
      writeToken(deps.storage, 'team', code, done.reply.token)
      seat.seated(done.reply)
      return true
    },
    submit: async (round, decision) => {
      const done = await seat.run(() => ask(seat.socket, 'team:submit', { round, decision }))
      if (done.ok) return true
      // Sent as the facilitator ended the session: the view that came first already says it is over.
      if (seat.store.getState().view?.phase.kind === 'finished') return false
      return seat.refused('submit', done.reply)
    },
  }
}
