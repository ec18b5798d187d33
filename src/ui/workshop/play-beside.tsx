// Inky's way: a chosen role played beside the text, on a chosen game number. The game is played again on every
// valid change of the text, keeping the decisions that still fit, so an author sees what an edit does to it.
// The moves and the verdict are a live region drawn empty with the panel, so a screen reader reads out the first
// moves too; the focus goes to the game's heading once it starts and once a decision is made, as the buttons that
// had it are gone, and back to "Play" when it stops.
import { useEffect, useId, useRef, useState } from 'react'
import { actorName, type GoodCheck, parseSeed, useGame, useGameStore } from '../../store'
import { VerdictBadge } from '../components/verdict-rules'
import { WrappingSelect } from '../components/wrapping-select'
import { useText } from '../i18n/use-text'
import { decisionNow } from '../words/decisions'
import { midSentence } from '../words/mid-sentence'

export function PlayBeside({
  good,
  stale,
  flush,
}: {
  good: GoodCheck | null
  stale: boolean
  /** Keeps the typed text as the draft, which the store plays. */
  flush: () => void
}) {
  const id = useId()
  const t = useText()
  const play = useGame((s) => s.workshop.play)
  const { playRole, choose } = useGameStore().getState()
  const roles = good?.playtest.scenario.roles ?? []
  const [chosen, setChosen] = useState('')
  const [seedText, setSeedText] = useState('1')
  const heading = useRef<HTMLHeadingElement>(null)
  const playButton = useRef<HTMLButtonElement>(null)
  /** Where the focus goes once the game's heading is there or gone: set by the button that started or stopped it. */
  const [focusTo, setFocusTo] = useState<'heading' | 'play' | null>(null)
  const shown = play !== null
  useEffect(() => {
    if (focusTo === 'heading' && shown) heading.current?.focus()
    else if (focusTo === 'play' && !shown) playButton.current?.focus()
    else return
    setFocusTo(null)
  }, [focusTo, shown])
  const role = roles.find((r) => r.id === chosen) ?? roles[0]
  const seed = parseSeed(seedText)
  if (!good || !role) return null
  const view = good.play
  const playing = play ? roles.find((r) => r.id === play.role) : undefined

  const start = (setup: { role: string; seed: number } | null): void => {
    flush()
    setFocusTo(setup ? 'heading' : 'play')
    playRole(setup)
  }

  return (
    <section className="panel play-beside" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workshop.playRole')}</h2>
      <form
        className="play-setup"
        onSubmit={(e) => {
          e.preventDefault()
          if (seed !== undefined) start({ role: role.id, seed })
        }}
      >
        <div className="picker-field">
          <label htmlFor={`${id}-role`}>{t('workshop.playAs')}</label>
          <WrappingSelect id={`${id}-role`} value={role.id} onChange={(e) => setChosen(e.target.value)}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </WrappingSelect>
        </div>
        <label>
          {t('workshop.gameNumber')}{' '}
          <input
            type="text"
            inputMode="numeric"
            size={6}
            value={seedText}
            aria-invalid={seed === undefined}
            onChange={(e) => setSeedText(e.target.value)}
          />
        </label>
        <button type="submit" className="button secondary" disabled={seed === undefined} ref={playButton}>
          {t('workshop.playButton')}
        </button>
      </form>
      {play && !playing ? <p>{t('workshop.roleGone')}</p> : null}
      <div className={stale ? 'stale' : undefined}>
        {play && playing ? (
          <>
            <h3 ref={heading} tabIndex={-1}>
              {t('workshop.asRole', { role: midSentence(playing.title), seed: play.seed })}
            </h3>
            {stale ? <p className="stale-note">{t('workshop.staleShort')}</p> : null}
            {view ? null : <p>{t('workshop.playing')}</p>}
          </>
        ) : null}
        <div aria-live="polite">
          {play && playing && view ? (
            <>
              <ol className="playtest-moves">
                {view.moves.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence, replaced whole.
                  <li key={i} className={m.mine ? 'mine' : undefined}>
                    {actorName(good.playtest.scenario, m.actor)}
                    {m.mine ? ` ${t('workshop.you')}` : ''} {decisionNow(m.decision, t, view.moves)}.
                  </li>
                ))}
              </ol>
              {view.verdict ? (
                <p>
                  {t('workshop.verdict')} <VerdictBadge status={view.verdict} />
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        {play && playing ? (
          <>
            {view?.pending ? (
              <fieldset className="play-options">
                <legend>{t('workshop.yourDecision')}</legend>
                {view.pending.options.map((o) => (
                  <button
                    key={o.notation}
                    type="button"
                    className="button secondary"
                    disabled={stale}
                    onClick={() => {
                      flush()
                      // The buttons go with the decision: the heading keeps the place, and the new moves are heard.
                      heading.current?.focus()
                      choose(o.notation)
                    }}
                  >
                    {decisionNow(o.decision, t, view.moves)}
                  </button>
                ))}
              </fieldset>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                onClick={() => start({ role: play.role, seed: play.seed })}
              >
                {t('workshop.fromStart')}
              </button>
              <button type="button" className="button secondary" onClick={() => start(null)}>
                {t('workshop.stop')}
              </button>
            </div>
          </>
        ) : null}
      </div>
    </section>
  )
}
