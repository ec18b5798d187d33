// The ways on from a debrief: what if, every capital's view, the cases compared, another role, another game
// number, the same game again, another crisis.
import { hrefFor, useGame } from '../../store'
import { useText } from '../i18n/use-text'

export function PlayAgain({ scenarioId }: { scenarioId: string }) {
  const t = useText()
  const newSeed = useGame((s) => s.newSeed)
  const restart = useGame((s) => s.restart)
  const whatIf = useGame((s) => hrefFor(s, 'what-if'))
  const capitals = useGame((s) => hrefFor(s, 'capitals'))
  return (
    <section aria-labelledby="again-title" className="panel play-again">
      <h2 id="again-title">{t('debrief.again.title')}</h2>
      <div className="actions">
        <a className="button" href={whatIf}>
          {t('debrief.again.whatIf')}
        </a>
        <a className="button secondary" href={capitals}>
          {t('capitals.fromDebrief')}
        </a>
        <a className="button secondary" href="#/compare">
          {t('compare.fromDebrief')}
        </a>
        <a className="button secondary" href={`#/play/${scenarioId}`}>
          {t('debrief.again.role')}
        </a>
        <button type="button" className="button secondary" onClick={() => void newSeed()}>
          {t('debrief.again.seed')}
        </button>
        <button type="button" className="button secondary" onClick={() => void restart()}>
          {t('debrief.again.again')}
        </button>
        <a className="button secondary" href="#/">
          {t('debrief.again.crisis')}
        </a>
      </div>
    </section>
  )
}
