// The role's private briefing and what the role cares about, with the way into the game always in reach; the
// crisis so far (already on the scenario's page), the treaty and the seed a click away.
import './briefing-screen.css'
import { type FormEvent, useId, useState } from 'react'
import { actorName, concernsOf, type GameView, parseSeed, selectBusy, useGame } from '../../store'
import { ConcernList } from '../components/concern-list'
import { CitedText, MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { TreatySummary } from '../components/treaty-summary'

const TEXT = {
  eyebrow: (title: string) => `${title} — your briefing`,
  lede: (name: string) => `You play ${name}. The engine plays every other government.`,
  private: 'Your private briefing',
  cares: 'What you care about',
  caresList: 'What you care about, most first',
  hypothetical: 'In this hypothetical:',
  ready: 'Ready?',
  yourGame: 'Your game',
  start: 'Start the crisis',
  continue: 'Continue your game',
  startOver: 'Start over',
  fromHistory: 'Start from what really happened',
  fromHistoryHelp:
    'The others open as they did in history; you decide from there. The game is found among the seeds: the same seed always plays the same way.',
  asRecorded: 'In this game the others open as they did in history.',
  finding: 'Finding a game that opens as history did…',
  background: 'The crisis so far',
  treaty: 'Article 4 in plain words',
  seedTitle: 'The seed of this game',
  seedIs: "This game's seed is",
  seedHelp:
    'The same seed, role and decisions always give the same game: share it so a class plays one crisis together.',
  seedLabel: 'Seed',
  useSeed: 'Use this seed',
  newSeed: 'New seed',
  badSeed: 'A seed is a whole number from 0 to 2147483647: that one is not, so the game keeps its seed.',
}

export function BriefingScreen({ view }: { view: GameView }) {
  const { scenario, role } = view
  const actor = scenario.actors[role.actor]
  return (
    <>
      <PageHeading title={role.title} eyebrow={TEXT.eyebrow(scenario.title)}>
        <p className="lede">{TEXT.lede(actorName(scenario, role.actor))}</p>
      </PageHeading>
      <div className="two-columns">
        <section aria-labelledby="private-title">
          <h2 id="private-title">{TEXT.private}</h2>
          <MarkdownText source={role.briefing} sources={scenario.sources} />
        </section>
        <section aria-labelledby="cares-title">
          <h2 id="cares-title">{TEXT.cares}</h2>
          {actor ? (
            <p>
              <CitedText text={actor.summary} sources={actor.sources} />
            </p>
          ) : null}
          {actor?.override ? (
            <p className="hypothetical-note">
              <strong>{TEXT.hypothetical}</strong>{' '}
              <CitedText text={actor.override.why} sources={scenario.sources} />
            </p>
          ) : null}
          {actor ? (
            <ConcernList
              concerns={concernsOf(actor, 5)}
              label={TEXT.caresList}
              scenario={scenario}
              actor={role.actor}
              viewer={role.actor}
            />
          ) : null}
        </section>
      </div>
      <StartPanel view={view} />
      <details className="panel">
        <summary>{TEXT.background}</summary>
        <MarkdownText source={scenario.background} sources={scenario.sources} />
      </details>
      <details className="panel">
        <summary>{TEXT.treaty}</summary>
        <section aria-label={TEXT.treaty}>
          <TreatySummary start={scenario.dates.start} />
        </section>
      </details>
      <details className="panel">
        <summary>{TEXT.seedTitle}</summary>
        <SeedForm seed={view.seed} />
      </details>
    </>
  )
}

/** The way into the game: on a phone it stays at the foot of the screen, however long the briefing. */
function StartPanel({ view }: { view: GameView }) {
  const begin = useGame((s) => s.begin)
  const restart = useGame((s) => s.restart)
  const fromHistory = useGame((s) => s.startFromHistory)
  const busy = useGame(selectBusy)
  const started = view.decisions.length > 0
  const offerHistory = !started && view.opening === 'otherwise'
  return (
    <section className="panel start-panel" aria-labelledby="start-title">
      <h2 id="start-title" className="visually-hidden">
        {started ? TEXT.yourGame : TEXT.ready}
      </h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => void begin()} disabled={busy}>
          {started ? TEXT.continue : TEXT.start}
        </button>
        {offerHistory ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void fromHistory()}
            disabled={busy}
            aria-describedby="history-help"
          >
            {TEXT.fromHistory}
          </button>
        ) : null}
        {started ? (
          <button type="button" className="button secondary" onClick={() => void restart()} disabled={busy}>
            {TEXT.startOver}
          </button>
        ) : null}
      </div>
      {offerHistory ? (
        <p id="history-help" className="start-help">
          {TEXT.fromHistoryHelp}
        </p>
      ) : null}
      {!started && view.opening === 'as-recorded' ? <p className="start-help">{TEXT.asRecorded}</p> : null}
      {busy ? (
        <p className="loading" role="status">
          {TEXT.finding}
        </p>
      ) : null}
    </section>
  )
}

/** The seed fixes every draw of the game: read it out, and a whole class plays the same crisis. */
function SeedForm({ seed }: { seed: number }) {
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
      setError(TEXT.badSeed)
      return
    }
    setError(null)
    if (next !== seed) void changeSeed(next)
  }
  return (
    <form className="seed-form" onSubmit={submit}>
      <p>
        {TEXT.seedIs} <strong data-testid="briefing-seed">{seed}</strong>. {TEXT.seedHelp}
      </p>
      <label htmlFor={`${id}-seed`}>{TEXT.seedLabel}</label>
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
        {TEXT.useSeed}
      </button>
      <button type="button" className="button secondary" onClick={() => void newSeed()}>
        {TEXT.newSeed}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
