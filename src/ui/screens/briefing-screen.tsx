// The role's private briefing and what the role cares about, with the way into the game always in reach; the
// crisis so far (already on the scenario's page), the treaty and the seed a click away.
import './briefing-screen.css'
import { type FormEvent, useId, useState } from 'react'
import { actorName, type GameView, parseSeed, selectBusy, useGame } from '../../store'
import { concernsOf, numberedSources } from '../../store/other-pages'
import { ActorSummary, actorSummaryTexts } from '../components/actor-summary'
import { ConcernList } from '../components/concern-list'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { SourcesScope } from '../components/source-scope'
import { TreatySummary } from '../components/treaty-summary'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'

export function BriefingScreen({ view }: { view: GameView }) {
  const t = useText()
  const { scenario, role } = view
  const actor = scenario.actors[role.actor]
  const cited = [role.briefing, ...actorSummaryTexts(actor), scenario.background]
  return (
    <SourcesScope scope="briefing" sources={numberedSources(scenario)} texts={cited}>
      <PageHeading title={role.title} eyebrow={t('briefing.eyebrow', { title: scenario.title })}>
        <p className="lede">{t('briefing.lede', { name: midSentence(actorName(scenario, role.actor)) })}</p>
      </PageHeading>
      <div className="two-columns">
        <section aria-labelledby="private-title">
          <h2 id="private-title">{t('briefing.private')}</h2>
          <MarkdownText source={role.briefing} sources={scenario.sources} />
        </section>
        <section aria-labelledby="cares-title">
          <h2 id="cares-title">{t('briefing.cares')}</h2>
          <ActorSummary actor={actor} scenario={scenario} />
          {actor ? (
            <ConcernList
              concerns={concernsOf(actor, scenario, 5)}
              label={t('briefing.caresList')}
              scenario={scenario}
              actor={role.actor}
              viewer={role.actor}
            />
          ) : null}
        </section>
      </div>
      <StartPanel view={view} />
      <details className="panel">
        <summary>{t('briefing.background')}</summary>
        <MarkdownText source={scenario.background} sources={scenario.sources} />
      </details>
      <details className="panel">
        <summary>{t('briefing.treaty')}</summary>
        <section aria-label={t('briefing.treaty')}>
          <TreatySummary dates={scenario.dates} />
        </section>
      </details>
      <details className="panel">
        <summary>{t('briefing.seedTitle')}</summary>
        <SeedForm seed={view.seed} />
      </details>
    </SourcesScope>
  )
}

/** The way into the game: on a phone it stays at the foot of the screen, however long the briefing. */
function StartPanel({ view }: { view: GameView }) {
  const t = useText()
  const begin = useGame((s) => s.begin)
  const restart = useGame((s) => s.restart)
  const fromHistory = useGame((s) => s.startFromHistory)
  const busy = useGame(selectBusy)
  const started = view.decisions.length > 0
  const offerHistory = !started && view.opening === 'otherwise'
  return (
    <section className="panel start-panel" aria-labelledby="start-title">
      <h2 id="start-title" className="visually-hidden">
        {started ? t('briefing.yourGame') : t('briefing.ready')}
      </h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => void begin()} disabled={busy}>
          {started ? t('briefing.continue') : t('briefing.start')}
        </button>
        {offerHistory ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void fromHistory()}
            disabled={busy}
            aria-describedby="history-help"
          >
            {t('briefing.fromHistory')}
          </button>
        ) : null}
        {started ? (
          <button type="button" className="button secondary" onClick={() => void restart()} disabled={busy}>
            {t('briefing.startOver')}
          </button>
        ) : null}
      </div>
      {offerHistory ? (
        <p id="history-help" className="start-help">
          {t('briefing.fromHistoryHelp')}
        </p>
      ) : null}
      {!started && view.opening === 'as-recorded' ? (
        <p className="start-help">{t('briefing.asRecorded')}</p>
      ) : null}
      {busy ? (
        <p className="loading" role="status">
          {t('briefing.finding')}
        </p>
      ) : null}
    </section>
  )
}

/** The seed fixes every draw of the game: read it out, and a whole class plays the same crisis. */
function SeedForm({ seed }: { seed: number }) {
  const t = useText()
  const changeSeed = useGame((s) => s.changeSeed)
  const newSeed = useGame((s) => s.newSeed)
  const [text, setText] = useState(String(seed))
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const [shown, setShown] = useState(seed)
  if (shown !== seed) {
    // The store chose a new seed (the "New seed" button): show it in the field.
    setShown(seed)
    setText(String(seed))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next = parseSeed(text.trim())
    if (next === undefined) {
      setError(t('briefing.badSeed'))
      return
    }
    setError(null)
    if (next !== seed) void changeSeed(next)
  }
  return (
    <form className="seed-form" onSubmit={submit}>
      <p>
        {t('briefing.seedIs')} <strong data-testid="briefing-seed">{seed}</strong>. {t('briefing.seedHelp')}
      </p>
      <label htmlFor={`${id}-seed`}>{t('briefing.seedLabel')}</label>
      <input
        id={`${id}-seed`}
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        size={12}
      />
      <button type="submit" className="button secondary">
        {t('briefing.useSeed')}
      </button>
      <button type="button" className="button secondary" onClick={() => void newSeed()}>
        {t('briefing.newSeed')}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
