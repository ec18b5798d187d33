// The one band chart: every indicator's 10–90% band and median from the Monte Carlo runs, for one game or
// several (the student's beside the engine's, a what-if beside the student's, a room's tables side by side).
import './band-chart.css'
import { INDICATORS, type Outcomes } from '../../store'
import { useText } from '../i18n/use-text'
import { BandRow } from './band-row'
import { colourOf, type Series } from './band-series'

export function BandChart({
  caption,
  series,
  detail,
  compare = false,
  testId = 'outcome',
}: {
  caption: string
  series: readonly Series[]
  /** Says, under each indicator, how far the first game's median lies from the second's. */
  compare?: boolean
  /** What each indicator's row is called for the tests that find it. */
  testId?: string
  /** The first game's outcomes with what each number is made of, shown under each indicator. */
  detail?: Outcomes | undefined
}) {
  const t = useText()
  return (
    <figure className="band-chart">
      <figcaption>
        <span className="chart-caption">{caption}</span>
        <span className="chart-legend">
          {t('band.legend')}
          {series.length > 1
            ? series.map((s, i) => (
                <span key={s.short} className="legend-item">
                  <span className={`key ${colourOf(s, i)}`} aria-hidden="true" /> {s.short}
                  <span className="visually-hidden">: {s.label}</span>
                </span>
              ))
            : null}
        </span>
      </figcaption>
      <ul className="band-rows">
        {INDICATORS.map((k) => (
          <BandRow
            key={k}
            indicator={k}
            series={series}
            compare={compare}
            testId={testId}
            detail={detail?.[k]}
          />
        ))}
      </ul>
      <p className="scale-note">{t('band.scale')}</p>
    </figure>
  )
}
