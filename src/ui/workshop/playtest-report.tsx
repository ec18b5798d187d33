// The play-test beside the editor: what the engine makes of the scenario, as `npm run check` prints it, and for a
// historical file the engine's game beside the record. The last valid text's stays, marked, while the text has
// problems.
import type { GoodCheck } from '../../store'
import { VerdictBadge } from '../components/verdict-rules'

const MARK = { holds: '✓', contested: '?', fails: '✗' } as const

export function PlaytestReport({ good, stale }: { good: GoodCheck | null; stale: boolean }) {
  if (!good)
    return (
      <section className="panel playtest" aria-labelledby="playtest-title">
        <h2 id="playtest-title">Play-test</h2>
        <p>The engine plays the scenario here as soon as the file has no problems.</p>
      </section>
    )
  const { scenario, verdict, moves, outcomes, invalid, warnings, history } = good.playtest
  return (
    <section className={`panel playtest${stale ? ' stale' : ''}`} aria-labelledby="playtest-title">
      <h2 id="playtest-title">Play-test: {scenario.title}</h2>
      {stale ? (
        <p className="stale-note">
          Out of date: this is the play-test of the last version without problems. Fix the problems to see the
          text as it is now.
        </p>
      ) : null}
      <p className="meta">The engine plays every role, seed 1.</p>
      {verdict ? (
        <>
          <h3>
            Treaty verdict: <VerdictBadge status={verdict.status} />
          </h3>
          <ul className="playtest-rules">
            {verdict.rules.map((r) => (
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
        {moves.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence, replaced whole.
          <li key={i}>{m}.</li>
        ))}
      </ol>
      {history ? (
        <>
          <h3 id="playtest-history">The engine's game beside history</h3>
          <p className="meta">In the words of the file's history section.</p>
          <table className="playtest-history" aria-labelledby="playtest-history">
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">Engine</th>
                <th scope="col">History</th>
              </tr>
            </thead>
            <tbody>
              {history.rows
                .filter((r) => r.game !== '-' || r.record !== '-')
                .map((r) => (
                  <tr key={r.aspect} className={r.matches === false ? 'different' : undefined}>
                    <th scope="row">{r.aspect}</th>
                    <td>{r.game}</td>
                    <td>
                      {r.record}
                      {r.matches === false ? <strong className="departs"> (differs)</strong> : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
      {outcomes ? (
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
              {outcomes.map((o) => (
                <tr key={o.label}>
                  <th scope="row">{o.label}</th>
                  <td>{o.median.toFixed(0)}</td>
                  <td>
                    {o.p10.toFixed(0)}–{o.p90.toFixed(0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {invalid ? <p className="field-error">{invalid}</p> : null}
      <h3>Warnings</h3>
      {warnings.length > 0 ? (
        <ul className="playtest-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : (
        <p>No warnings.</p>
      )}
    </section>
  )
}
