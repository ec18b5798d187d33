// A finished game's outcomes on the one band chart: every indicator of the student's game beside the same game
// with the engine's best reply in their seat, on the same luck. The outcomes page and the debrief show the same,
// from the same view; the debrief leaves out what each number is made of, which the outcomes page unfolds.
import type { FairScore, Report } from '../../store'
import { useText } from '../i18n/use-text'
import { BandChart } from './band-chart'

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
  return (
    <>
      <p className="bands-intro">{t('outcomes.bands')}</p>
      <BandChart
        caption={t('outcomes.caption')}
        compare
        series={[
          { label: t('outcomes.yours'), short: t('outcomes.you'), bands: report.outcomes },
          {
            label: t('outcomes.engine'),
            short: t('outcomes.engineShort'),
            bands: score.bestReplyGame.report.outcomes,
          },
        ]}
        detail={detail ? report.outcomes : undefined}
      />
    </>
  )
}
