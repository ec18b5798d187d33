// One game's band on one indicator's scale: the middle 80% of its runs as a bar, its median as a mark, and both
// as figures beside them for those who do not see the bar.
import { memo } from 'react'
import type { Indicator } from '../../store'
import { useText } from '../i18n/use-text'
import { colourOf, type Series, sameBand } from './band-series'

/** A position on the chart's 0–100 scale, as a share of its width. */
const percent = (v: number): string => `${Math.min(100, Math.max(0, v))}%`

interface LineProps {
  series: Series
  indicator: Indicator
  index: number
  labelled: boolean
}

export const BandLine = memo(
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
        {/* Boxes placed by inline style, not SVG: a what-if move rewrites three style properties per line, where
            an SVG rect's position attributes cost the browser far more each time they were set. */}
        <div className="band-track" aria-hidden="true">
          <span
            className={`band ${colourOf(series, index)}`}
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
