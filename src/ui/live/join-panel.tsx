// How teams reach a session on the server: the join code, the link as a QR code for the projector, and the link.
// The link comes whole from the store: a server that took the session over may have sent it relative.
import { absoluteJoinUrl } from '../../store/live'
import { useText } from '../i18n/use-text'
import { QrCode } from './qr-code'

export function JoinPanel({ code, joinUrl }: { code: string; joinUrl: string }) {
  const t = useText()
  const url = absoluteJoinUrl(joinUrl)
  return (
    <section className="join-panel" aria-labelledby="join-title">
      <h2 id="join-title">{t('live.join.code')}</h2>
      <p className="join-code" data-testid="join-code">
        {code}
      </p>
      <QrCode text={url} label={t('live.dashboard.qr', { url })} />
      <p>
        {t('live.dashboard.orOpen')} <a href={url}>{url}</a>
      </p>
    </section>
  )
}
