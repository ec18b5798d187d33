// The injects a table plays under. Injects are released to the whole session at once, but a table that has
// finished keeps the facts it finished with: an inject released after it played out changes nothing there.
import type { ReleasedInject, Session, Table } from './types'

/** In the order released: for a finished table, those released before it finished; else every one so far. */
export const playedUnder = (s: Session, table: Table): readonly ReleasedInject[] =>
  table.state.kind === 'finished' ? s.released.slice(0, table.state.injects) : s.released
