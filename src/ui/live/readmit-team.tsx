// The facilitator lets a team that lost its device back in: a one-time code beside the team's row with the time it
// stops working (on this device's clock) and what the team does with it, until put away or out of time. The
// dashboard is often on the projector, and whoever types the code takes the team's seat: so the code comes covered,
// with a line saying why, and "Show the code" uncovers it, large in two groups of four, when the facilitator hands
// it over (a new code comes covered again). It is announced politely, one letter at a time, as it would be read out.
import './readmit-team.css'
import { useState } from 'react'
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
  // The code uncovered, by its letters: a new code is covered until it is shown in its turn.
  const [uncovered, setUncovered] = useState<string | null>(null)
  const open = shown !== null && uncovered === shown.code
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
              <p className="rejoin-private">{t('live.readmit.private')}</p>
              {open ? (
                <p className="rejoin-code">
                  <span aria-hidden="true">{groupedRejoinCode(shown.code)}</span>
                  <span className="visually-hidden">{[...shown.code].join(' ')}</span>
                </p>
              ) : null}
              <p className="rejoin-until">
                {t('live.readmit.until', { time: formatClockTime(shown.until, language) })}
              </p>
            </>
          ) : null}
        </div>
        {shown ? (
          <div className="rejoin-help">
            <button
              type="button"
              className="button"
              aria-label={`${t(open ? 'live.readmit.cover' : 'live.readmit.show')} (${name})`}
              onClick={() => setUncovered(open ? null : shown.code)}
            >
              {t(open ? 'live.readmit.cover' : 'live.readmit.show')}
            </button>
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
