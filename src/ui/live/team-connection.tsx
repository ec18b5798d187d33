// Whether a team has a device connected, in words beside its status on the dashboard: a team whose phone lost
// the connection a minute ago no longer reads as deciding. The minutes are the server's (`skew` corrects this
// device's clock), and tick here while the team is away; the server alone says when it came or went.
import { useEffect, useState } from 'react'
import type { FacilitatorView } from '../../store'
import { useText } from '../i18n/use-text'

type ConnectionView = FacilitatorView['teams'][number]['connection']

const MINUTE = 60_000

export function TeamConnection({ connection, skew }: { connection: ConnectionView; skew: number }) {
  const t = useText()
  const away = connection.kind === 'offline'
  const [, tick] = useState(0)
  useEffect(() => {
    if (!away) return
    const timer = setInterval(() => tick((n) => n + 1), MINUTE / 4)
    return () => clearInterval(timer)
  }, [away])
  if (connection.kind === 'connected')
    return <span className="connection online">{t('live.panel.connected')}</span>
  const minutes = Math.floor((Date.now() + skew - connection.since) / MINUTE)
  return (
    <span className="connection offline">
      {minutes < 1 ? t('live.panel.offlineJustNow') : t('live.panel.offline', { minutes })}
    </span>
  )
}
