// The facilitator lets a team that lost its device back in: a one-time code, shown large in two groups of four
// beside the team's row with the time it stops working (on this device's clock) and what the team does with it,
// until put away or out of time. It is announced politely, one letter at a time, as it would be read out.
import './readmit-team.css'
import { groupedRejoinCode, type RejoinCode } from '../../store/live'
import { formatClockTime } from '../format'
import { useLanguage, useText } from '../i18n/use-text'

export function ReadmitTeam({
  name,
  session,
  shown,
  disabled,
  onReadmit,
  onDismiss,
}: {
  name: string
  /** The session's join code, which the team types first on its new device. */
  session: string
  /** The code this team was given, while it is on screen. */
  shown: RejoinCode | null
  disabled: boolean
  onReadmit: () => void
  onDismiss: () => void
}) {
  const t = useText()
  const language = useLanguage()
  return (
    <div className="readmit">
      {/* Named with its team (the visible words first), as every row has one. */}
      <button
        type="button"
        className="link-button readmit-button"
        aria-label={`${t('live.readmit.button')} (${name})`}
        disabled={disabled}
        onClick={onReadmit}
      >
        {t('live.readmit.button')}
      </button>
      <div className={shown ? 'rejoin-box shown' : 'rejoin-box'}>
        {/* Always there, so a screen reader hears a code arrive in it (a region added with its words is missed). */}
        <div aria-live="polite">
          {shown ? (
            <>
              <p className="rejoin-label">{t('live.readmit.code', { name })}</p>
              <p className="rejoin-code">
                <span aria-hidden="true">{groupedRejoinCode(shown.code)}</span>
                <span className="visually-hidden">{[...shown.code].join(' ')}</span>
              </p>
              <p className="rejoin-until">
                {t('live.readmit.until', { time: formatClockTime(shown.until, language) })}
              </p>
            </>
          ) : null}
        </div>
        {shown ? (
          <div className="rejoin-help">
            <p>{t('live.readmit.howTo', { session })}</p>
            <p>{t('live.readmit.again')}</p>
            <button
              type="button"
              className="button secondary"
              aria-label={`${t('live.readmit.dismiss')} (${name})`}
              onClick={onDismiss}
            >
              {t('live.readmit.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
