// The play-test beside the editor: what the engine makes of the scenario, as `npm run check` prints it.
import { describeDecision, describeWarning, INDICATOR_LABEL, INDICATORS, type Playtest } from '../../engine'
import type { Scenario } from '../../scenario/types'

const VERDICT = { eligible: 'Eligible', contested: 'Contested', 'not-eligible': 'Not eligible' } as const
const MARK = { holds: '✓', contested: '?', fails: '✗' } as const

export function PlaytestReport({ scenario, test }: { scenario: Scenario; test: Playtest }) {
  const { result, warnings } = test
  const name = (id: string) => scenario.actors[id as keyof typeof scenario.actors]?.name ?? id
  return (
    <section className="panel playtest" aria-labelledby="playtest-title">
      <h2 id="playtest-title">Play-test: {scenario.title}</h2>
      <p className="meta">The engine plays every role, seed 1.</p>
      {result.status === 'finished' ? (
        <>
          <h3>
            Treaty verdict:{' '}
            <span className={`verdict-badge ${result.report.verdict.status}`}>
              {VERDICT[result.report.verdict.status]}
            </span>
          </h3>
          <ul className="playtest-rules">
            {result.report.verdict.rules.map((r) => (
              <li key={r.rule}>
                <span aria-hidden="true">{MARK[r.status]}</span> <strong>{r.title}</strong> ({r.status}):{' '}
                {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>What the actors do</h3>
      <ol className="playtest-moves">
        {result.moves.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence, replaced whole.
          <li key={i}>
            {name(m.actor)} {describeDecision(m.decision)}.
          </li>
        ))}
      </ol>
      {result.status === 'finished' ? (
        <>
          <h3>Outcomes (median, 0–100)</h3>
          <table className="playtest-outcomes">
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Median</th>
                <th scope="col">10–90% band</th>
              </tr>
            </thead>
            <tbody>
              {INDICATORS.map((k) => {
                const o = result.report.outcomes[k]
                return (
                  <tr key={k}>
                    <th scope="row">{INDICATOR_LABEL[k]}</th>
                    <td>{o.median.toFixed(0)}</td>
                    <td>
                      {o.p10.toFixed(0)}–{o.p90.toFixed(0)}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </>
      ) : null}
      {result.status === 'invalid' ? <p className="field-error">{result.message}</p> : null}
      <h3>Warnings</h3>
      {warnings.length > 0 ? (
        <ul className="playtest-warnings">
          {warnings.map((w) => (
            <li key={describeWarning(w, scenario)}>{describeWarning(w, scenario)}</li>
          ))}
        </ul>
      ) : (
        <p>No warnings.</p>
      )}
    </section>
  )
}
