// The projector's debrief: every table's choices side by side with the historical record, each
// indicator's outcomes as bands (one per table) and who gained against the engine's own game.
import type { DebriefView, MoveView, PublicScenario, TableView } from '../../store'
import { BandChart } from '../components/band-chart'
import { MarkdownText } from '../components/markdown-text'
import { formatNumber, sentence, signed } from '../format'
import { currentLanguage } from '../i18n/messages'
import { FRAMING_WORDS } from '../words/decisions'
import { actorName, inWords } from './live-moves'

const VERDICT = {
  eligible: 'Article 4 applies',
  contested: 'Contested',
  'not-eligible': 'Article 4 does not apply',
} as const
const CHINA = { endorse: 'Endorsed', silent: 'Stayed silent', warn: 'Warned' } as const
const RESPONSE = {
  'no-request': '—',
  refused: 'Refused',
  consultations: 'Consultations and aid under Article 2, no troops',
  bilateral: "Russia's own troops, outside the alliance",
  observers: 'An observer mission',
  peacekeepers: 'A peacekeeping contingent',
  'rapid-reaction': 'The rapid reaction forces',
} as const

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
  if (d.kind === 'deployed') return `${formatNumber(d.troops, currentLanguage())} troops, ${d.days} days`
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
                      ? `Asked${history.framing ? `, framing the threat as ${FRAMING_WORDS[history.framing]}` : ''}`
                      : 'No request'}
                  </td>
                  <td>{RESPONSE[history.response]}</td>
                  <td>—</td>
                  <td>{CHINA[history.china]}</td>
                  <td>—</td>
                  <td>
                    {history.troops
                      ? `${formatNumber(history.troops.low, currentLanguage())}–${formatNumber(history.troops.high, currentLanguage())} troops`
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

/** Every indicator's bands, one per table, on the one band chart the student's outcomes use. */
function IndicatorBands({ tables }: { tables: readonly TableView[] }) {
  const done = tables.flatMap((t) => (t.outcome ? [{ table: t, outcome: t.outcome }] : []))
  if (done.length === 0) return null
  return (
    <section aria-labelledby="bands-title">
      <h2 id="bands-title">Outcomes, table by table</h2>
      <BandChart
        caption="Each table's game"
        testId="bands"
        series={done.map(({ table, outcome }) => ({
          label: tableName(table),
          short: `T${table.table}`,
          bands: outcome.indicators,
        }))}
      />
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
