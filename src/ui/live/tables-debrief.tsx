// The projector's debrief: every table's choices side by side with the historical record and the injects each
// played under, each indicator's outcomes as bands (one per table) and who gained against the engine's own game,
// then the record and the questions with the sources they cite (debrief-texts.tsx), listed beneath them unless
// the screen around lists them with its own.
import '../components/comparison-table.css'
import { type ReactNode, useRef } from 'react'
import type { DebriefView, Language, MoveView, PublicScenario, TableView } from '../../store'
import { BandChart } from '../components/band-chart'
import { useStacked } from '../components/use-stacked'
import { formatRange, sentence } from '../format'
import { type Translate, useLanguage, useText } from '../i18n/use-text'
import { key } from '../words/decisions'
import { DebriefTexts } from './debrief-texts'
import { InjectList, InjectsNote, sameInjects } from './injects-played'
import { inWords } from './live-moves'
import { WhoGained } from './who-gained'

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

/** The columns after the table's own: what each table decided, in the order it decided it, then what came of it. */
const COLUMNS = [
  'live.debrief.colRequest',
  'live.debrief.colAnswer',
  'live.debrief.colCouncil',
  'live.debrief.colChina',
  'live.debrief.colTreaty',
  'live.debrief.colGround',
] as const

/** A row's cells after its header, each labelled with its column's name for the stacked rows. */
function Cells({ labels, values }: { labels: readonly string[]; values: readonly ReactNode[] }) {
  return values.map((value, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, in this order, for every row.
    <td key={i} data-label={labels[i]}>
      {value}
    </td>
  ))
}

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
  return move ? sentence(inWords(move.decision, t.moves)) : '—'
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
        range: formatRange(history.troops.low, history.troops.high, language),
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
  const columns = ownInjects ? [...COLUMNS, 'live.debrief.colInjects'] : COLUMNS
  const labels = columns.map((column) => t(column))
  const box = useRef<HTMLDivElement>(null)
  const stacked = useStacked(box, `${language} ${tables.length} ${columns.length}`)
  return (
    <div className="tables-debrief">
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('live.debrief.choices')}</h2>
        <InjectsNote tables={tables} />
        <div className="table-scroll" ref={box}>
          {/* Where the seven columns do not fit, each row is a block of labelled values (comparison-table.css):
              `data-label` is its column's name. */}
          <table className={`comparison stackable${stacked ? ' stacked' : ''}`}>
            <thead>
              <tr>
                <th scope="col">{t('live.debrief.colTable')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tables.map((table) => (
                <tr key={table.table}>
                  <th scope="row">{tableName(table, t)}</th>
                  <Cells
                    labels={labels}
                    values={[
                      first(table, 'request'),
                      first(table, 'response'),
                      councilOf(table, t),
                      first(table, 'reaction'),
                      table.outcome ? t(VERDICT[table.outcome.verdict]) : '—',
                      forceOf(table, t),
                      ...(ownInjects ? [<InjectList key="injects" injects={table.injects} />] : []),
                    ]}
                  />
                </tr>
              ))}
              {history ? (
                <tr className="history-row">
                  <th scope="row">{t('live.debrief.history')}</th>
                  <Cells
                    labels={labels}
                    values={[
                      history.requested
                        ? t('live.debrief.asked', {
                            framing: history.framing ? key(history.framing) : 'none',
                          })
                        : t('live.debrief.noRequest'),
                      history.response === 'no-request' ? '—' : t(RESPONSE[history.response]),
                      historyCouncil(history, t),
                      t(CHINA[history.china]),
                      '—',
                      historyForce(history, t, language),
                      ...(ownInjects ? ['—'] : []),
                    ]}
                  />
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
