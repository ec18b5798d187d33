// How this device's link to the workshop server stands, in words a room can act on.
import { formatHash, selectOnline, useGame } from '../../store'
import type { Connection } from '../../store/live'
import { OfflineNote } from './offline-note'

export function ConnectionNote({ connection }: { connection: Connection }) {
  // Off the network no server can answer: say that, not that there is none at this address.
  const online = useGame(selectOnline)
  if (!online) return <OfflineNote />
  switch (connection) {
    case 'online':
      return null
    case 'connecting':
      return (
        <p className="notice" role="status">
          Connecting to the workshop server…
        </p>
      )
    case 'reconnecting':
      return (
        <p className="notice warning" role="status">
          The connection dropped. Reconnecting: your seat and anything you submitted are kept on the server.
        </p>
      )
    case 'unreachable':
      return (
        <div className="notice warning" role="alert">
          <p>
            No workshop server answers at this address. Live sessions need the app run by its server (
            <code>npm start</code>); a static copy of the app cannot host one.
          </p>
          <p>
            Without a server, run the exercise on one screen:{' '}
            <a href={formatHash({ name: 'pass-device' })}>pass the device</a>.
          </p>
        </div>
      )
  }
}
