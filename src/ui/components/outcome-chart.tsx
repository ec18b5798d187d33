// Every indicator as a band chart: the median and the 10–90% band of the Monte Carlo runs, beside a comparison game.
import { HIGHER_IS_WORSE, INDICATOR_LABEL, INDICATORS, type Outcomes } from '../../engine'
import { signed } from '../format'

const W = 200

export interface Comparison {
  /** How the comparison is named in the legend, e.g. "the engine's game". */
  readonly label: string
  /** Its short name beside each difference, e.g. "vs engine". */
  readonly short: string
  readonly outcomes: Outcomes
}

export function OutcomeChart({
  outcomes,
  compare,
  caption,
  detail = false,
}: {
  outcomes: Outcomes
  compare?: Comparison | undefined
  caption: string
  detail?: boolean
}) {
  return (
    <figure className="outcome-chart">
      <figcaption>
        <span className="chart-caption">{caption}</span>
        <span className="chart-legend" aria-hidden="true">
          <span className="key band-key" /> 10–90% of runs <span className="key median-key" /> median
          {compare ? (
            <>
              {' '}
              <span className="key compare-key" /> {compare.label}
            </>
          ) : null}
        </span>
      </figcaption>
      <div className="outcome-row scale-row" aria-hidden="true">
        <span className="scale-labels">
          <span style={{ left: '0%' }}>0</span>
          <span style={{ left: '50%' }}>50</span>
          <span style={{ left: '100%' }}>100</span>
        </span>
      </div>
      <ul className="outcomes">
        {INDICATORS.map((k) => {
          const o = outcomes[k]
          const other = compare?.outcomes[k]
          const worse = HIGHER_IS_WORSE.has(k)
          return (
            <li key={k} className="outcome-row" data-testid={`outcome-${k}`}>
              <div className="outcome-name">
                {INDICATOR_LABEL[k]}
                {worse ? <span className="worse-note"> (higher is worse)</span> : null}
              </div>
              <svg
                className="outcome-svg"
                viewBox={`0 0 ${W} 24`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <line x1={0} x2={W} y1={12} y2={12} className="axis" vectorEffect="non-scaling-stroke" />
                {[0, 50, 100].map((t) => (
                  <line
                    key={t}
                    x1={t * 2}
                    x2={t * 2}
                    y1={8}
                    y2={16}
                    className="tick"
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
                <rect
                  x={o.p10 * 2}
                  width={Math.max(1, (o.p90 - o.p10) * 2)}
                  y={5}
                  height={14}
                  className="band"
                />
                {other ? (
                  <line
                    x1={other.median * 2}
                    x2={other.median * 2}
                    y1={1}
                    y2={23}
                    className="compare"
                    vectorEffect="non-scaling-stroke"
                  />
                ) : null}
                <line
                  x1={o.median * 2}
                  x2={o.median * 2}
                  y1={2}
                  y2={22}
                  className="median"
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
              <div className="outcome-value">
                <span className="visually-hidden">median </span>
                <span className="median-text">{Math.round(o.median)}</span>{' '}
                <span className="band-text">
                  <span className="visually-hidden">, 10 to 90% band </span>
                  {Math.round(o.p10)}–{Math.round(o.p90)}
                </span>
                {other ? (
                  <span className="delta-text">
                    {' '}
                    {signed(o.median - other.median)} {compare?.short}
                    <span className="visually-hidden"> (against {compare?.label})</span>
                  </span>
                ) : null}
              </div>
              {detail && o.contributions.length > 0 ? (
                <details className="contributions">
                  <summary>
                    What makes this number<span className="visually-hidden">: {INDICATOR_LABEL[k]}</span>
                  </summary>
                  <ul>
                    {o.contributions.map((c) => (
                      <li key={c.label}>
                        {c.label}: <strong>{signed(c.value)}</strong>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          )
        })}
      </ul>
      <p className="scale-note">Each scale runs from 0 to 100; the actors read 50 as neither good nor bad.</p>
    </figure>
  )
}
