// The one band chart: every indicator's 10–90% band and median from the Monte Carlo runs, for one game or
// several (the student's beside the engine's, a what-if beside the student's, a room's tables side by side).
import './band-chart.css'
import { memo } from 'react'
import { INDICATORS, type Indicator, type Outcomes } from '../../store'
import { HIGHER_IS_WORSE } from '../../store/engine-face'
import { signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { contributionLabel } from '../words/contributions'
import { INDICATOR_TITLE } from '../words/indicators'

/** The bands of one game: what the charts need of its outcomes. */
export type Bands = Readonly<
  Record<Indicator, { readonly median: number; readonly p10: number; readonly p90: number }>
>

export interface Series {
  /** Its name inside a sentence: "your game", "the engine's best reply". */
  readonly label: string
  /** Its name beside its band, when there are several: "You", "T1". */
  readonly short: string
  readonly bands: Bands
}

/** A position on the chart's 0–100 scale, as a share of its width. */
const percent = (v: number): string => `${Math.min(100, Math.max(0, v))}%`

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
                  <span className={`key series-${i % 6}`} aria-hidden="true" /> {s.short}
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

/** The same band, as far as the chart shows it: a slider's new replay often leaves an indicator where it was. */
const sameBand = (a: Series, b: Series, k: Indicator): boolean =>
  a.label === b.label &&
  a.short === b.short &&
  a.bands[k].median === b.bands[k].median &&
  a.bands[k].p10 === b.bands[k].p10 &&
  a.bands[k].p90 === b.bands[k].p90

interface RowProps {
  indicator: Indicator
  series: readonly Series[]
  compare: boolean
  testId: string
  detail: Outcomes[Indicator] | undefined
}

/** One indicator's row, drawn again only when what it shows has changed (each what-if move redraws the chart). */
const BandRow = memo(
  function BandRow({ indicator: k, series, compare, testId, detail }: RowProps) {
    const t = useText()
    const language = useLanguage()
    const [first, second] = series
    return (
      <li className="band-row" data-testid={`${testId}-${k}`}>
        <div className="band-name">
          {t(INDICATOR_TITLE[k])}
          {HIGHER_IS_WORSE.has(k) ? <span className="worse-note"> {t('band.worse')}</span> : null}
        </div>
        {series.map((s, i) => (
          <BandLine key={s.short} series={s} indicator={k} index={i} labelled={series.length > 1} />
        ))}
        {compare && first && second ? (
          <p className="band-delta">
            {t('band.against', {
              delta: signed(first.bands[k].median - second.bands[k].median, 0, language),
              label: second.label,
            })}
          </p>
        ) : null}
        {detail && detail.contributions.length > 0 ? (
          <details className="contributions">
            <summary>
              {t('band.detail')}
              <span className="visually-hidden">: {t(INDICATOR_TITLE[k])}</span>
            </summary>
            <ul>
              {detail.contributions.map((c) => (
                <li key={c.label}>
                  {contributionLabel(c.label, t)}: <strong>{signed(c.value, 0, language)}</strong>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </li>
    )
  },
  (a, b) =>
    a.indicator === b.indicator &&
    a.compare === b.compare &&
    a.testId === b.testId &&
    a.detail === b.detail &&
    a.series.length === b.series.length &&
    a.series.every((s, i) => sameBand(s, b.series[i]!, a.indicator)),
)

interface LineProps {
  series: Series
  indicator: Indicator
  index: number
  labelled: boolean
}

const BandLine = memo(
  function BandLine({ series, indicator, index, labelled }: LineProps) {
    const t = useText()
    const o = series.bands[indicator]
    return (
      <div className={labelled ? 'band-line labelled' : 'band-line'}>
        {labelled ? (
          <span className="band-label" aria-hidden="true">
            {series.short}
          </span>
        ) : null}
        {/* Drawn with boxes placed by inline style, not SVG: a move then changes two style properties per band,
            where an SVG rect's position attributes cost the browser far more each time they are set. */}
        <div className="band-track" aria-hidden="true">
          <span
            className={`band series-${index % 6}`}
            style={{ left: percent(o.p10), width: percent(Math.max(0.5, o.p90 - o.p10)) }}
          />
          <span className="median" style={{ left: percent(o.median) }} />
        </div>
        <span className="band-value">
          <span className="visually-hidden">
            {labelled ? `${series.label}, ` : ''}
            {t('band.median')}{' '}
          </span>
          <span className="median-text">{Math.round(o.median)}</span>{' '}
          <span className="band-text">
            <span className="visually-hidden">, {t('band.band')} </span>
            {/* One text node, not three: a what-if move rewrites it for every indicator it changed. */}
            {`${Math.round(o.p10)}–${Math.round(o.p90)}`}
          </span>
        </span>
      </div>
    )
  },
  (a, b) =>
    a.indicator === b.indicator &&
    a.index === b.index &&
    a.labelled === b.labelled &&
    sameBand(a.series, b.series, a.indicator),
)
