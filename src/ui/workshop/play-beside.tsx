// Inky's way: a chosen role played beside the text, on a chosen game number. The game is played again on every
// valid change of the text, keeping the decisions that still fit, so an author sees what an edit does to it.
import { useId, useState } from 'react'
import { actorName, type GoodCheck, parseSeed, useGame, useGameStore } from '../../store'
import { VerdictBadge } from '../components/verdict-rules'
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
  const role = roles.find((r) => r.id === chosen) ?? roles[0]
  const seed = parseSeed(seedText)
  if (!good || !role) return null
  const view = good.play
  const playing = play ? roles.find((r) => r.id === play.role) : undefined

  const start = (setup: { role: string; seed: number } | null): void => {
    flush()
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
        <label>
          {t('workshop.playAs')}{' '}
          <select value={role.id} onChange={(e) => setChosen(e.target.value)}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
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
        <button type="submit" className="button secondary" disabled={seed === undefined}>
          {t('workshop.playButton')}
        </button>
      </form>
      {play && !playing ? <p>{t('workshop.roleGone')}</p> : null}
      {play && playing ? (
        <div className={stale ? 'stale' : undefined} aria-live="polite">
          <h3>{t('workshop.asRole', { role: midSentence(playing.title), seed: play.seed })}</h3>
          {stale ? <p className="stale-note">{t('workshop.staleShort')}</p> : null}
          {view ? (
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
              {view.pending ? (
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
                        choose(o.notation)
                      }}
                    >
                      {decisionNow(o.decision, t, view.moves)}
                    </button>
                  ))}
                </fieldset>
              ) : null}
              {view.verdict ? (
                <p>
                  {t('workshop.verdict')} <VerdictBadge status={view.verdict} />
                </p>
              ) : null}
            </>
          ) : (
            <p>{t('workshop.playing')}</p>
          )}
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
        </div>
      ) : null}
    </section>
  )
}
