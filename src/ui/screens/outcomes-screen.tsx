// What followed: the verdict in one line, the deployment, and every indicator as a band beside the engine's game.
import { type GameView, hrefFor, useGame } from '../../store'
import { DeploymentSummary } from '../components/deployment-summary'
import { OutcomeChart } from '../components/outcome-chart'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge } from '../components/verdict-rules'
import { NotFinished } from './not-finished'

export function OutcomesScreen({ view }: { view: GameView }) {
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  if (view.result.status !== 'finished') return <NotFinished />
  const { report } = view.result
  return (
    <>
      <PageHeading title="Outcomes" eyebrow="What followed">
        <p>
          <VerdictBadge status={report.verdict.status} />
        </p>
        <DeploymentSummary report={report} scenario={view.scenario} />
      </PageHeading>
      <p>
        The model played your game out a thousand times with different luck: how well the force performs,
        whether the crisis grows or fades by itself, and all it leaves out. The bar spans the middle 80% of
        those runs; the thick mark is the median. The thin mark is the same seed with the engine playing your
        role too.
      </p>
      <OutcomeChart
        outcomes={report.outcomes}
        compare={{ label: "the engine's game", short: 'vs engine', outcomes: view.baseline.outcomes }}
        caption="Your game, indicator by indicator"
        detail
      />
      <p className="actions">
        <a className="button" href={debrief}>
          Go to the debrief
        </a>
      </p>
    </>
  )
}
