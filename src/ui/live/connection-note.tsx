// How this device's link to the workshop server stands, in words a room can act on.
import { formatHash, selectOnline, useGame } from '../../store'
import { type Connection, reloadFromServer } from '../../store/live'
import { useText } from '../i18n/use-text'
import { OfflineNote } from './offline-note'

export function ConnectionNote({ connection }: { connection: Connection }) {
  const t = useText()
  // Off the network no server can answer: say that, not that there is none at this address.
  const online = useGame(selectOnline)
  if (!online) return <OfflineNote />
  switch (connection) {
    case 'online':
      return null
    case 'connecting':
      return (
        <p className="notice" role="status">
          {t('live.connection.connecting')}
        </p>
      )
    case 'reconnecting':
      return (
        <p className="notice warning" role="status">
          {t('live.connection.reconnecting')}
        </p>
      )
    case 'outdated':
      return (
        <div className="notice warning" role="alert">
          <p>{t('live.connection.outdated')}</p>
          <button type="button" className="button" onClick={() => void reloadFromServer()}>
            {t('live.connection.reload')}
          </button>
        </div>
      )
    case 'crowded':
    case 'refused':
      // Turned away by the server itself: what to do is the same (a reload asks again), why is not.
      return (
        <div className="notice warning" role="alert">
          <p>{t(connection === 'crowded' ? 'live.connection.crowded' : 'live.connection.refused')}</p>
          <button type="button" className="button" onClick={() => void reloadFromServer()}>
            {t('live.connection.reload')}
          </button>
        </div>
      )
    case 'server-outdated':
      return (
        <p className="notice warning" role="alert">
          {t('live.connection.serverOutdated')}
        </p>
      )
    case 'unreachable':
      return (
        <div className="notice warning" role="alert">
          <p>{t('live.connection.unreachable', { command: 'npm start' })}</p>
          <p>
            {t('live.connection.instead')}{' '}
            <a href={formatHash({ name: 'pass-device' })}>{t('offline.passDevice')}</a>.
          </p>
        </div>
      )
  }
}
