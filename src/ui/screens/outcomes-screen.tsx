// What followed: the result in one sentence and the student's score first, then every indicator as a band
// beside the engine's best reply in the student's seat.
import './outcomes-screen.css'
import { type GameView, hrefFor, useGame } from '../../store'
import { BandChart } from '../components/band-chart'
import { deploymentSentence } from '../components/deployment-summary'
import { PageHeading } from '../components/page-heading'
import { ScorePanel } from '../components/score-panel'
import { VerdictBadge } from '../components/verdict-rules'
import { NotFinished } from './not-finished'

const TEXT = {
  title: 'Outcomes',
  eyebrow: 'What followed',
  bands:
    "The model played your game out a thousand times with different luck: how well the force performs, whether the crisis grows or fades by itself, and all it leaves out. Each bar spans the middle 80% of those runs; the mark is the median. The second bar is the same game with the engine's best reply in your seat, on the same luck.",
  caption: 'Your game, indicator by indicator',
  yours: 'your game',
  you: 'You',
  engine: "the engine's best reply",
  engineShort: 'Engine',
  debrief: 'Go to the debrief',
}

export function OutcomesScreen({ view }: { view: GameView }) {
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  if (view.result.status !== 'finished' || !view.score) return <NotFinished />
  const { report } = view.result
  const best = view.score.bestReplyGame.report
  return (
    <>
      <PageHeading title={TEXT.title} eyebrow={TEXT.eyebrow}>
        <p className="headline" data-testid="headline">
          {deploymentSentence(report, view.scenario)}
        </p>
        <p>
          <VerdictBadge status={report.verdict.status} />
        </p>
      </PageHeading>
      <ScorePanel score={view.score} scenario={view.scenario} />
      <p className="bands-intro">{TEXT.bands}</p>
      <BandChart
        caption={TEXT.caption}
        compare
        series={[
          { label: TEXT.yours, short: TEXT.you, bands: report.outcomes },
          { label: TEXT.engine, short: TEXT.engineShort, bands: best.outcomes },
        ]}
        detail={report.outcomes}
      />
      <p className="actions">
        <a className="button" href={debrief}>
          {TEXT.debrief}
        </a>
      </p>
    </>
  )
}
