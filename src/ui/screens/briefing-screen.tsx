// The role's private briefing, the treaty in plain words, what the role cares about, and the game's seed.
import { type FormEvent, useId, useState } from 'react'
import { actorName, concernsOf, type GameView, parseSeed, useGame } from '../../store'
import { ConcernList } from '../components/concern-list'
import { CitedText, MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { TreatySummary } from '../components/treaty-summary'

export function BriefingScreen({ view }: { view: GameView }) {
  const { scenario, role } = view
  const actor = scenario.actors[role.actor]
  const begin = useGame((s) => s.begin)
  const restart = useGame((s) => s.restart)
  const started = view.decisions.length > 0
  return (
    <>
      <PageHeading title={role.title} eyebrow={`${scenario.title} — your briefing`}>
        <p className="lede">
          You play {actorName(scenario, role.actor)}. The engine plays every other government.
        </p>
      </PageHeading>
      <div className="two-columns">
        <div>
          <section aria-labelledby="private-title">
            <h2 id="private-title">Your private briefing</h2>
            <MarkdownText source={role.briefing} sources={scenario.sources} />
          </section>
          <details className="panel" open>
            <summary>The crisis so far</summary>
            <MarkdownText source={scenario.background} sources={scenario.sources} />
          </details>
        </div>
        <div>
          <section aria-labelledby="cares-title">
            <h2 id="cares-title">What you care about</h2>
            {actor ? (
              <p>
                <CitedText text={actor.summary} sources={actor.sources} />
              </p>
            ) : null}
            {actor?.override ? (
              <p className="hypothetical-note">
                <strong>In this hypothetical:</strong>{' '}
                <CitedText text={actor.override.why} sources={scenario.sources} />
              </p>
            ) : null}
            {actor ? (
              <ConcernList concerns={concernsOf(actor)} label="What you care about, most first" />
            ) : null}
          </section>
          <section aria-labelledby="treaty-title">
            <h2 id="treaty-title">Article 4 in plain words</h2>
            <TreatySummary start={scenario.dates.start} />
          </section>
        </div>
      </div>
      <section className="panel start-panel" aria-labelledby="start-title">
        <h2 id="start-title">{started ? 'Your game' : 'Ready?'}</h2>
        <SeedForm seed={view.seed} />
        <div className="actions">
          <button type="button" className="button" onClick={begin}>
            {started ? 'Continue your game' : 'Start the crisis'}
          </button>
          {started ? (
            <button type="button" className="button secondary" onClick={restart}>
              Start over
            </button>
          ) : null}
        </div>
      </section>
    </>
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
      setError('A seed is a whole number from 0 to 2147483647.')
      return
    }
    setError(null)
    if (next !== seed) changeSeed(next)
  }
  return (
    <form className="seed-form" onSubmit={submit}>
      <p>
        This game's seed is <strong data-testid="briefing-seed">{seed}</strong>. The same seed, role and
        decisions always give the same game: share it so a class plays one crisis together.
      </p>
      <label htmlFor={`${id}-seed`}>Seed</label>
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
        Use this seed
      </button>
      <button type="button" className="button secondary" onClick={newSeed}>
        New seed
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
