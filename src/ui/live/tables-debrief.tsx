// The projector's debrief: every table's choices side by side with the historical record and the injects each
// played under, each indicator's outcomes as bands (one per table) and who gained against the engine's own game,
// then the record and the questions with the sources they cite (debrief-texts.tsx), listed beneath them unless
// the screen around lists them with its own.
import '../components/comparison-table.css'
import type { DebriefView, Language, MoveView, PublicScenario, TableView } from '../../store'
import { BandChart } from '../components/band-chart'
import { formatNumber, sentence, signed } from '../format'
import { type Translate, useLanguage, useText } from '../i18n/use-text'
import { key } from '../words/decisions'
import { DebriefTexts } from './debrief-texts'
import { InjectList, InjectsNote, sameInjects } from './injects-played'
import { actorName, inWords } from './live-moves'

const VERDICT = {
  eligible: 'live.verdict.eligible',
  contested: 'live.verdict.contested',
  'not-eligible': 'live.verdict.notEligible',
} as const
const CHINA = {
  endorse: 'history.china.endorse',
  silent: 'history.china.silent',
  warn: 'history.china.warn',
} as const
const RESPONSE = {
  refused: 'history.response.refused',
  consultations: 'history.response.consultations',
  bilateral: 'history.response.bilateral',
  observers: 'words.force.observers',
  peacekeepers: 'words.force.peacekeepers',
  'rapid-reaction': 'words.force.rapidReaction',
} as const

const tableName = (t: TableView, tr: Translate): string =>
  t.teams.length === 0
    ? tr('live.table', { table: t.table })
    : tr('live.debrief.tableTeams', { table: t.table, teams: t.teams.map((x) => x.name).join(', ') })

const movesAt = (t: TableView, stage: MoveView['stage']) => t.moves.filter((m) => m.stage === stage)

function councilOf(t: TableView, tr: Translate): string {
  const votes = movesAt(t, 'vote')
  if (votes.length === 0) return '—'
  const objections = votes.filter((v) => v.decision === 'object').length
  return objections > 0 ? tr('live.debrief.objections', { count: objections }) : tr('live.debrief.consensus')
}

/** The record's Council, as the tables' column says it: consensus, or how many objected; "—" where it never sat. */
function historyCouncil(history: NonNullable<DebriefView['history']>, tr: Translate): string {
  const council = history.council
  if (!council) return '—'
  return council.decision === 'agreed'
    ? tr('live.debrief.consensus')
    : tr('live.debrief.objections', { count: Math.max(1, council.objected.length) })
}

const first = (t: TableView, stage: MoveView['stage']): string => {
  const move = movesAt(t, stage)[0]
  return move ? sentence(inWords(move.decision)) : '—'
}

function forceOf(t: TableView, tr: Translate): string {
  if (!t.outcome) return tr(t.status === 'finished' ? 'live.debrief.computing' : 'live.debrief.playing')
  const d = t.outcome.deployment
  if (d.kind === 'deployed')
    return tr('live.debrief.deployed', { troops: Math.round(d.troops), days: d.days })
  if (d.kind === 'aid') return tr('live.debrief.aid')
  return tr(
    {
      'no-request': 'live.debrief.noRequest',
      refused: 'live.debrief.refused',
      blocked: 'live.debrief.blocked',
    }[d.why],
  )
}

/** The record's force, as the history row shows it: "2,000–2,500 troops, 14 days". */
function historyForce(
  history: NonNullable<DebriefView['history']>,
  tr: Translate,
  language: Language,
): string {
  const troops = history.troops
    ? tr('live.debrief.troopsRange', {
        low: formatNumber(history.troops.low, language),
        high: formatNumber(history.troops.high, language),
      })
    : '—'
  return history.days === undefined ? troops : `${troops}, ${tr('history.days', { days: history.days })}`
}

export function TablesDebrief({
  debrief,
  tables,
  scenario,
  sourcesListedByScreen = false,
}: {
  debrief: DebriefView
  tables: readonly TableView[]
  scenario: PublicScenario
  /** The screen around lists the sources the debrief's texts cite (a team's screen): see DebriefTexts. */
  sourcesListedByScreen?: boolean
}) {
  const t = useText()
  const language = useLanguage()
  const history = debrief.history
  // Tables that played under different injects list each its own in a column; otherwise the note above says it once.
  const ownInjects = !sameInjects(tables)
  return (
    <div className="tables-debrief">
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('live.debrief.choices')}</h2>
        <InjectsNote tables={tables} />
        <div className="table-scroll">
          <table className="comparison">
            <thead>
              <tr>
                <th scope="col">{t('live.debrief.colTable')}</th>
                <th scope="col">{t('live.debrief.colRequest')}</th>
                <th scope="col">{t('live.debrief.colAnswer')}</th>
                <th scope="col">{t('live.debrief.colCouncil')}</th>
                <th scope="col">{t('live.debrief.colChina')}</th>
                <th scope="col">{t('live.debrief.colTreaty')}</th>
                <th scope="col">{t('live.debrief.colGround')}</th>
                {ownInjects ? <th scope="col">{t('live.debrief.colInjects')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {tables.map((table) => (
                <tr key={table.table}>
                  <th scope="row">{tableName(table, t)}</th>
                  <td>{first(table, 'request')}</td>
                  <td>{first(table, 'response')}</td>
                  <td>{councilOf(table, t)}</td>
                  <td>{first(table, 'reaction')}</td>
                  <td>{table.outcome ? t(VERDICT[table.outcome.verdict]) : '—'}</td>
                  <td>{forceOf(table, t)}</td>
                  {ownInjects ? (
                    <td>
                      <InjectList injects={table.injects} />
                    </td>
                  ) : null}
                </tr>
              ))}
              {history ? (
                <tr className="history-row">
                  <th scope="row">{t('live.debrief.history')}</th>
                  <td>
                    {history.requested
                      ? t('live.debrief.asked', { framing: history.framing ? key(history.framing) : 'none' })
                      : t('live.debrief.noRequest')}
                  </td>
                  <td>{history.response === 'no-request' ? '—' : t(RESPONSE[history.response])}</td>
                  <td>{historyCouncil(history, t)}</td>
                  <td>{t(CHINA[history.china])}</td>
                  <td>—</td>
                  <td>{historyForce(history, t, language)}</td>
                  {ownInjects ? <td>—</td> : null}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>

      <IndicatorBands tables={tables} />
      <WhoGained tables={tables} scenario={scenario} />

      <DebriefTexts
        debrief={debrief}
        sources={scenario.sources}
        sourcesListedByScreen={sourcesListedByScreen}
      />
    </div>
  )
}

/** Every indicator's bands, one per table, on the one band chart the student's outcomes use. */
function IndicatorBands({ tables }: { tables: readonly TableView[] }) {
  const t = useText()
  const done = tables.flatMap((t) => (t.outcome ? [{ table: t, outcome: t.outcome }] : []))
  if (done.length === 0) return null
  return (
    <section aria-labelledby="bands-title">
      <h2 id="bands-title">{t('live.debrief.bands')}</h2>
      <BandChart
        caption={t('live.debrief.bandsCaption')}
        testId="bands"
        series={done.map(({ table, outcome }) => ({
          label: tableName(table, t),
          short: t('live.debrief.short', { table: table.table }),
          bands: outcome.indicators,
        }))}
      />
    </section>
  )
}

/** Each actor's utility at each table, against what it would have had with the engine in every role. */
function WhoGained({ tables, scenario }: { tables: readonly TableView[]; scenario: PublicScenario }) {
  const t = useText()
  const language = useLanguage()
  const done = tables.filter((table) => table.outcome !== null)
  if (done.length === 0) return null
  const actors = done[0]!.outcome!.actors.map((a) => a.actor)
  return (
    <section aria-labelledby="gained-title">
      <h2 id="gained-title">{t('live.debrief.gained')}</h2>
      <p>{t('live.debrief.gainedText')}</p>
      <div className="table-scroll">
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">{t('live.debrief.actor')}</th>
              {done.map((table) => (
                <th scope="col" key={table.table}>
                  {t('live.table', { table: table.table })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor}>
                <th scope="row">{actorName(scenario, actor)}</th>
                {done.map((table) => {
                  const a = table.outcome!.actors.find((x) => x.actor === actor)
                  const diff = a ? a.utility - a.engineUtility : 0
                  return (
                    <td key={table.table} className={diff > 0.005 ? 'gain' : diff < -0.005 ? 'loss' : ''}>
                      {signed(diff, 2, language)}
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
