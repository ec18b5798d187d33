// A finished game's outcomes on the one band chart: every indicator of the student's game beside the same game
// with the engine's best reply in their seat, on the same luck. The outcomes page and the debrief show the same,
// from the same view; the debrief leaves out what each number is made of, which the outcomes page unfolds. When the
// two games came out the same, the intro says so rather than what the second bar adds; the screen still draws both
// bars, each row saying its median is the same; on paper the student's bar stands alone under a sentence that says
// why (outcome-bands.css).
import './outcome-bands.css'
import { type FairScore, INDICATORS, type Outcomes, type Report } from '../../store'
import { useText } from '../i18n/use-text'
import { BandChart } from './band-chart'

/** Whether two games' bands are the same on every indicator: their medians and both ends. */
const sameBands = (a: Outcomes, b: Outcomes): boolean =>
  INDICATORS.every((k) => a[k].median === b[k].median && a[k].p10 === b[k].p10 && a[k].p90 === b[k].p90)

export function OutcomeBands({
  report,
  score,
  detail = false,
}: {
  report: Report
  score: FairScore
  /** Whether each indicator says what its number is made of. */
  detail?: boolean
}) {
  const t = useText()
  const engine = score.bestReplyGame.report.outcomes
  const same = sameBands(report.outcomes, engine)
  return (
    <div className={same ? 'outcome-bands same-games' : 'outcome-bands'}>
      <p className="bands-intro">
        {t('outcomes.bands')}{' '}
        {same ? (
          <span className="same-games-screen">{t('outcomes.bandsSame')}</span>
        ) : (
          t('outcomes.bandsEngine')
        )}
      </p>
      {same ? <p className="same-games-note">{t('outcomes.sameAsEngine')}</p> : null}
      <BandChart
        caption={t('outcomes.caption')}
        compare
        series={[
          { label: t('outcomes.yours'), short: t('outcomes.you'), bands: report.outcomes },
          { label: t('outcomes.engine'), short: t('outcomes.engineShort'), bands: engine },
        ]}
        detail={detail ? report.outcomes : undefined}
      />
    </div>
  )
}
