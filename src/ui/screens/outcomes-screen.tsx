// What followed: the result in one sentence and the student's score first, then every indicator as a band
// beside the engine's best reply in the student's seat.
import './outcomes-screen.css'
import { departures, type GameView, hrefFor, shownVerdict, useGame } from '../../store'
import { deploymentSentence } from '../components/deployment-summary'
import { useOpenOnPaper } from '../components/open-on-paper'
import { OutcomeBands } from '../components/outcome-bands'
import { PageHeading } from '../components/page-heading'
import { ScorePanel } from '../components/score-panel'
import { VerdictBadge } from '../components/verdict-rules'
import { useLanguage, useText } from '../i18n/use-text'
import { NotFinished } from './not-finished'

export function OutcomesScreen({ view }: { view: GameView }) {
  const t = useText()
  const language = useLanguage()
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  useOpenOnPaper()
  if (view.result.status !== 'finished' || !view.score) return <NotFinished />
  const { report } = view.result
  return (
    <>
      <PageHeading title={t('outcomes.title')} eyebrow={t('outcomes.eyebrow')}>
        <p className="headline" data-testid="headline">
          {deploymentSentence(report, view.scenario, t, language)}
        </p>
        <p>
          <VerdictBadge status={shownVerdict(report.verdict)} />
        </p>
      </PageHeading>
      <ScorePanel
        score={view.score}
        scenario={view.scenario}
        departed={departures(view.result.moves).length}
        moves={view.result.moves}
        recorded={view.recorded}
      />
      <OutcomeBands report={report} score={view.score} detail />
      <p className="actions">
        <a className="button" href={debrief}>
          {t('outcomes.debrief')}
        </a>
      </p>
    </>
  )
}
