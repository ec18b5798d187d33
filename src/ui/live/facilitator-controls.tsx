// The buttons that move a live session's phase: start it, reveal the round (once all have submitted, or now),
// close submissions, pause or resume the clock, give a minute more, finish. Each sends one command, and each is
// offered only where it does something: once the countdown reads 0:00 no team can submit, so there is nothing
// to pause or to close, and what is left is a minute more or the reveal. Finishing cannot be undone (the engine
// plays every team's remaining turns), so it asks first, as removing a team does.
import type { FacilitatorCommandInput, FacilitatorView } from '../../store'
import { useText } from '../i18n/use-text'
import { AskFirst } from './ask-first'
import { submissionsOpen } from './use-time-up'

export function FacilitatorControls({
  view,
  timeUp,
  busy,
  onCommand,
}: {
  view: FacilitatorView
  /** Whether the round's time is up, as the countdown beside the buttons is told (`useTimeUp`). */
  timeUp: boolean
  busy: boolean
  onCommand: (command: FacilitatorCommandInput) => void
}) {
  const t = useText()
  const phase = view.phase
  // The buttons change at the moment the countdown beside them reaches 0:00.
  const accepting = submissionsOpen(phase, timeUp)
  const button = (label: string, command: FacilitatorCommandInput, primary = false, disabled = false) => (
    <button
      type="button"
      className={primary ? 'button' : 'button secondary'}
      disabled={busy || disabled}
      onClick={() => onCommand(command)}
    >
      {label}
    </button>
  )
  if (phase.kind === 'lobby')
    return (
      <div className="button-row">
        {button(t('live.control.start'), { kind: 'start' }, true, view.teams.length === 0)}
      </div>
    )
  if (phase.kind === 'finished') return <p className="phase-note">{t('live.control.over')}</p>
  const clock = phase.clock
  // A clock paused at its deadline has no time left to resume; a minute more is the way on.
  const timeLeft = accepting && !(clock.kind === 'paused' && clock.remaining <= 0)
  return (
    <div className="button-row">
      {button(
        view.allSubmitted ? t('live.control.reveal') : t('live.control.revealNow'),
        { kind: 'advance', round: phase.round },
        true,
      )}
      {timeLeft ? button(t('live.control.close'), { kind: 'close' }) : null}
      {timeLeft && clock.kind === 'running' ? button(t('live.control.pause'), { kind: 'pause' }) : null}
      {timeLeft && clock.kind === 'paused' ? button(t('live.control.resume'), { kind: 'resume' }) : null}
      {button(t('live.control.extend', { minutes: 1 }), { kind: 'extend', seconds: 60 })}
      <AskFirst
        label={t('live.control.finish')}
        words={{
          question: t('live.control.finishQuestion'),
          confirm: t('live.control.finish'),
          keep: t('live.control.finishKeep'),
        }}
        disabled={busy}
        onConfirm={() => onCommand({ kind: 'finish' })}
      />
    </div>
  )
}
