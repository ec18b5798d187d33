// The projector's debrief: every table's choices side by side with the historical record, each
// indicator's outcomes as bands (one per table) and who gained against the engine's own game.
import {
  FRAMING_LABEL,
  HIGHER_IS_WORSE,
  INDICATOR_LABEL,
  INDICATORS,
  RECORDED_RESPONSE_LABEL,
} from '../../engine'
import type { DebriefView, MoveView, PublicScenario, TableView } from '../../live/protocol'
import { MarkdownText } from '../components/markdown-text'
import { formatNumber, sentence, signed } from '../format'
import { actorName, inWords } from './live-moves'

const VERDICT = {
  eligible: 'Article 4 applies',
  contested: 'Contested',
  'not-eligible': 'Article 4 does not apply',
} as const
const CHINA = { endorse: 'Endorsed', silent: 'Stayed silent', warn: 'Warned' } as const

const tableName = (t: TableView): string =>
  t.teams.length === 0 ? `Table ${t.table}` : `Table ${t.table}: ${t.teams.map((x) => x.name).join(', ')}`

const movesAt = (t: TableView, stage: MoveView['stage']) => t.moves.filter((m) => m.stage === stage)

function councilOf(t: TableView): string {
  const votes = movesAt(t, 'vote')
  if (votes.length === 0) return '—'
  const objections = votes.filter((v) => v.decision === 'object').length
  return objections > 0 ? `${objections} objection${objections > 1 ? 's' : ''}` : 'Consensus'
}

const first = (t: TableView, stage: MoveView['stage']): string => {
  const move = movesAt(t, stage)[0]
  return move ? sentence(inWords(move.decision)) : '—'
}

function forceOf(t: TableView): string {
  if (!t.outcome) return t.status === 'finished' ? 'Computing…' : 'Still playing'
  const d = t.outcome.deployment
  if (d.kind === 'deployed') return `${formatNumber(d.troops)} troops, ${d.days} days`
  if (d.kind === 'aid') return 'Consultations and aid, no troops'
  return { 'no-request': 'No request', refused: 'Refused', blocked: 'Blocked in the Council' }[d.why]
}

export function TablesDebrief({ debrief, scenario }: { debrief: DebriefView; scenario: PublicScenario }) {
  const { history, tables } = debrief
  return (
    <div className="tables-debrief">
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">What each table decided</h2>
        <div className="table-scroll">
          <table className="comparison">
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">The request</th>
                <th scope="col">The answer</th>
                <th scope="col">The Council</th>
                <th scope="col">China</th>
                <th scope="col">The treaty</th>
                <th scope="col">On the ground</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((t) => (
                <tr key={t.table}>
                  <th scope="row">{tableName(t)}</th>
                  <td>{first(t, 'request')}</td>
                  <td>{first(t, 'response')}</td>
                  <td>{councilOf(t)}</td>
                  <td>{first(t, 'reaction')}</td>
                  <td>{t.outcome ? VERDICT[t.outcome.verdict] : '—'}</td>
                  <td>{forceOf(t)}</td>
                </tr>
              ))}
              {history ? (
                <tr className="history-row">
                  <th scope="row">What really happened</th>
                  <td>
                    {history.requested
                      ? `Asked${history.framing ? `, framing the threat as ${FRAMING_LABEL[history.framing]}` : ''}`
                      : 'No request'}
                  </td>
                  <td>
                    {history.response === 'no-request'
                      ? '—'
                      : sentence(RECORDED_RESPONSE_LABEL[history.response])}
                  </td>
                  <td>—</td>
                  <td>{CHINA[history.china]}</td>
                  <td>—</td>
                  <td>
                    {history.troops
                      ? `${formatNumber(history.troops.low)}–${formatNumber(history.troops.high)} troops`
                      : '—'}
                    {history.days !== undefined ? `, ${history.days} days` : ''}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>

      <IndicatorBands tables={tables} />
      <WhoGained tables={tables} scenario={scenario} />

      <section aria-labelledby="record-title">
        <h2 id="record-title">The record</h2>
        {history ? (
          <MarkdownText source={history.summary} />
        ) : (
          <p>This crisis is hypothetical: there is no record to set the tables beside.</p>
        )}
      </section>
      {debrief.questions.length > 0 ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">For discussion</h2>
          <ol>
            {debrief.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}

const W = 300
const ROW = 22
const x = (value: number) => (value / 100) * W

/** One small chart per indicator: a band from the 10th to the 90th percentile and the median, per table. */
function IndicatorBands({ tables }: { tables: readonly TableView[] }) {
  const done = tables.filter((t) => t.outcome !== null)
  if (done.length === 0) return null
  return (
    <section aria-labelledby="bands-title">
      <h2 id="bands-title">Outcomes, table by table</h2>
      <p className="chart-legend">
        Each bar spans 10–90% of a thousand modelled runs; the mark is the median. 0–100.
      </p>
      <div className="band-charts">
        {INDICATORS.map((k) => (
          <figure key={k} className="band-chart" data-testid={`bands-${k}`}>
            <figcaption>
              {INDICATOR_LABEL[k]}
              {HIGHER_IS_WORSE.has(k) ? <span className="worse-note"> (higher is worse)</span> : null}
            </figcaption>
            <svg
              viewBox={`0 0 ${W + 60} ${done.length * ROW + 4}`}
              role="img"
              aria-label={done
                .map((t) => `Table ${t.table}: median ${Math.round(t.outcome!.indicators[k].median)}`)
                .join('; ')}
            >
              {done.map((t, i) => {
                const o = t.outcome!.indicators[k]
                const y = i * ROW + ROW / 2 + 2
                return (
                  <g key={t.table}>
                    <text x={0} y={y + 5} className="band-label">
                      T{t.table}
                    </text>
                    <line x1={36} x2={36 + W} y1={y} y2={y} className="band-axis" />
                    <rect
                      x={36 + x(o.p10)}
                      y={y - 6}
                      width={Math.max(2, x(o.p90) - x(o.p10))}
                      height={12}
                      rx={3}
                      className={`band table-${(t.table - 1) % 6}`}
                    />
                    <rect x={36 + x(o.median) - 1.5} y={y - 9} width={3} height={18} className="median" />
                    <text x={42 + W} y={y + 5} className="band-value">
                      {Math.round(o.median)}
                    </text>
                  </g>
                )
              })}
            </svg>
          </figure>
        ))}
      </div>
    </section>
  )
}

/** Each actor's utility at each table, against what it would have had with the engine in every role. */
function WhoGained({ tables, scenario }: { tables: readonly TableView[]; scenario: PublicScenario }) {
  const done = tables.filter((t) => t.outcome !== null)
  if (done.length === 0) return null
  const actors = done[0]!.outcome!.actors.map((a) => a.actor)
  return (
    <section aria-labelledby="gained-title">
      <h2 id="gained-title">Who gained against the engine's game</h2>
      <p>
        Each actor's payoff at each table, minus what it would have had with the engine playing every role.
        Positive: the table served that actor better than the model's own play.
      </p>
      <div className="table-scroll">
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {done.map((t) => (
                <th scope="col" key={t.table}>
                  Table {t.table}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor}>
                <th scope="row">{actorName(scenario, actor)}</th>
                {done.map((t) => {
                  const a = t.outcome!.actors.find((x) => x.actor === actor)
                  const diff = a ? a.utility - a.engineUtility : 0
                  return (
                    <td key={t.table} className={diff > 0.005 ? 'gain' : diff < -0.005 ? 'loss' : ''}>
                      {signed(diff, 2)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
