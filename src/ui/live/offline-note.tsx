// This device is off the network: live sessions wait for it, and the rest of the app still plays.
import { formatHash, selectOnline, useGame } from '../../store'
import { useText } from '../i18n/use-text'

export function OfflineNote() {
  const t = useText()
  const online = useGame(selectOnline)
  if (online) return null
  return (
    <div className="notice warning" role="alert" data-testid="offline-note">
      <p>{t('offline.live')}</p>
      <p>
        {t('offline.instead')} <a href={formatHash({ name: 'pass-device' })}>{t('offline.passDevice')}</a>
      </p>
    </div>
  )
}
