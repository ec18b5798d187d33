// Resuming a seat with the token this browser stored for it, on every (re)connection of the link: a seat with
// no token here is online and unseated at once; one the server no longer knows (the session was pruned, or
// this is another server) forgets its token and becomes unseated, so a team may join again; any other refusal
// is kept to show. Either way the seat is online once the server has answered.
import type { StoreApi } from 'zustand/vanilla'
import type { SaveStorage } from '../saved-game'
import { ask, type LiveLink } from './connection'
import { refusal } from './refusal'
import type { Seated, SeatState } from './seat-state'
import { forgetToken, readToken, type SeatKind } from './tokens'

export function resumeSeat<K extends SeatKind>(seat: {
  readonly kind: K
  readonly code: string
  readonly store: StoreApi<SeatState<K>>
  readonly socket: ReturnType<LiveLink['socket']>
  readonly storage: SaveStorage | undefined
  readonly seated: (reply: Seated<K>) => void
}): () => Promise<void> {
  const { kind, code, store, socket, storage, seated } = seat
  return async () => {
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
}
