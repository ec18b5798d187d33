// A live seat's state built by hand, for a test that shows a screen (or follows pushes) with no server behind it:
// the seat as the store holds it, online and seated with nothing yet from the server, changed where the test says.
import type { SeatState } from '../src/store/live'
import type { SeatKind } from '../src/store/live/tokens'

export function seatState<K extends SeatKind>(
  kind: K,
  code: string,
  changes: Partial<SeatState<K>> = {},
): SeatState<K> {
  return {
    kind,
    code,
    connection: 'online',
    brief: null,
    view: null,
    skew: 0,
    unseated: false,
    lobby: undefined,
    error: null,
    busy: false,
    ...changes,
  }
}
