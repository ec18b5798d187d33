// The facilitator's address opened in a browser that holds no facilitator key for the session (a student who
// followed the projector's link, another laptop): it cannot run the session, and is offered to join it as a
// team only while the session is in its lobby; once it has started or ended, the screen says so instead of
// sending the visitor to a join form that would refuse.
import { formatHash, type LobbyView } from '../../store'
import type { Connection } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { ConnectionNote } from './connection-note'

export function NotYourSession(props: {
  readonly code: string
  readonly connection: Connection
  /** The session's lobby as the server gave it: undefined while asked for, null when no session has the code. */
  readonly lobby: LobbyView | null | undefined
}) {
  const { code, connection, lobby } = props
  const t = useText()
  return (
    <>
      <PageHeading title={t('live.dashboard.notYours')} eyebrow={t('live.dashboard.session', { code })} />
      <ConnectionNote connection={connection} />
      <p>{t('live.dashboard.notYoursText', { code })}</p>
      {lobby === undefined ? null : lobby === null ? (
        <p>{t('live.dashboard.noSuchSession', { code })}</p>
      ) : lobby.finished ? (
        <p>{t('live.join.ended')}</p>
      ) : !lobby.open ? (
        <p>{t('live.dashboard.started')}</p>
      ) : (
        <p>
          {t('live.dashboard.joinAsTeam')}{' '}
          <a href={formatHash({ name: 'join', code })}>{t('live.dashboard.joinIt')}</a>.
        </p>
      )}
    </>
  )
}
