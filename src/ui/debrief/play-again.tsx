// The ways on from a debrief: what if, every capital's view, the cases compared, another role, another game
// number, the same game again, another crisis.
import { hrefFor, useGame } from '../../store'
import { useText } from '../i18n/use-text'

const TEXT = {
  title: 'Play again',
  whatIf: 'Try “what if…”',
  role: 'Another role',
  seed: 'A new game number',
  again: 'This game, from the start',
  crisis: 'Another crisis',
}

export function PlayAgain({ scenarioId }: { scenarioId: string }) {
  const newSeed = useGame((s) => s.newSeed)
  const restart = useGame((s) => s.restart)
  const whatIf = useGame((s) => hrefFor(s, 'what-if'))
  const capitals = useGame((s) => hrefFor(s, 'capitals'))
  const t = useText()
  return (
    <section aria-labelledby="again-title" className="panel play-again">
      <h2 id="again-title">{TEXT.title}</h2>
      <div className="actions">
        <a className="button" href={whatIf}>
          {TEXT.whatIf}
        </a>
        <a className="button secondary" href={capitals}>
          {t('capitals.fromDebrief')}
        </a>
        <a className="button secondary" href="#/compare">
          {t('compare.fromDebrief')}
        </a>
        <a className="button secondary" href={`#/play/${scenarioId}`}>
          {TEXT.role}
        </a>
        <button type="button" className="button secondary" onClick={() => void newSeed()}>
          {TEXT.seed}
        </button>
        <button type="button" className="button secondary" onClick={() => void restart()}>
          {TEXT.again}
        </button>
        <a className="button secondary" href="#/">
          {TEXT.crisis}
        </a>
      </div>
    </section>
  )
}
