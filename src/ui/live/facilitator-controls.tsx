// The buttons that move a live session's phase: start it, reveal the round (once all have submitted, or now),
// close submissions, pause or resume the clock, give a minute more, finish. Each sends one command. Finishing cannot
// be undone (the engine plays every team's remaining turns), so it asks first, as removing a team does.
import type { FacilitatorCommandInput, FacilitatorView } from '../../store'
import { useText } from '../i18n/use-text'
import { AskFirst } from './ask-first'

export function FacilitatorControls({
  view,
  busy,
  onCommand,
}: {
  view: FacilitatorView
  busy: boolean
  onCommand: (command: FacilitatorCommandInput) => void
}) {
  const t = useText()
  const phase = view.phase
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
  return (
    <div className="button-row">
      {button(
        view.allSubmitted ? t('live.control.reveal') : t('live.control.revealNow'),
        { kind: 'advance' },
        true,
      )}
      {phase.open ? button(t('live.control.close'), { kind: 'close' }) : null}
      {clock.kind === 'running' ? button(t('live.control.pause'), { kind: 'pause' }) : null}
      {clock.kind === 'paused' ? button(t('live.control.resume'), { kind: 'resume' }) : null}
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
