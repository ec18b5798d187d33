// The student's game beside what really happened, line by line, then the record in the scenario's words.
import './comparison-table.css'
import './history-comparison.css'
import { useRef } from 'react'
import {
  actorName,
  type GameView,
  type HistoryAspect,
  type HistoryRow,
  type Language,
  type Scenario,
} from '../../store'
import { formatNumber, formatRange } from '../format'
import { type Translate, useLanguage, useText } from '../i18n/use-text'
import { FORCE_LABEL, FRAMING_LABEL, MISSION_LABEL } from '../words/decisions'
import { MarkdownText } from './markdown-text'
import { useStacked } from './use-stacked'

/** Each point of the comparison's name, as message ids. */
export const HISTORY_ASPECT: Readonly<Record<HistoryAspect, string>> = {
  requested: 'history.aspect.requested',
  framing: 'history.aspect.framing',
  help: 'history.aspect.help',
  response: 'history.aspect.response',
  mission: 'history.aspect.mission',
  council: 'history.aspect.council',
  troops: 'history.aspect.troops',
  days: 'history.aspect.days',
  china: 'history.aspect.china',
}

/** The answers that sent no collective force, as message ids; a force is worded as the form words it. */
const RESPONSE: Readonly<Record<string, string>> = {
  'no-request': 'history.response.noRequest',
  refused: 'history.response.refused',
  blocked: 'history.response.blocked',
  consultations: 'history.response.consultations',
  bilateral: 'history.response.bilateral',
}

const CHINA: Readonly<Record<string, string>> = {
  endorse: 'history.china.endorse',
  silent: 'history.china.silent',
  warn: 'history.china.warn',
}

/** A label's message for a value the file spells as an id, if it is one: the form's own words. */
const labelOf = (labels: Readonly<Record<string, string>>, value: string): string | undefined =>
  Object.hasOwn(labels, value) ? labels[value] : undefined

/** A value of the comparison, which speaks the files' own words (ids and numbers), in the student's. */
export function historyValue(
  scenario: Scenario,
  aspect: HistoryAspect,
  value: string,
  t: Translate,
  language: Language,
): string {
  if (value === '-') return '—'
  const number = (n: number) => formatNumber(n, language)
  switch (aspect) {
    case 'requested':
      return t(value === 'yes' ? 'history.yes' : 'history.no')
    case 'framing':
    case 'help':
    case 'response':
    case 'mission': {
      const id = labelOf({ ...FRAMING_LABEL, ...FORCE_LABEL, ...MISSION_LABEL, ...RESPONSE }, value)
      return id ? t(id) : value
    }
    case 'council':
      return value
        .split('; ')
        .map((part, i) => {
          if (i === 0) return t(part === 'agreed' ? 'history.agreed' : 'history.blocked')
          const [actor, ...rest] = part.split(' ')
          return t('history.member', {
            name: actorName(scenario, actor!),
            what: rest.join(' ') === 'objected' ? 'objected' : 'out',
          })
        })
        .join('; ')
    case 'troops': {
      if (value === '0') return t('history.none')
      const [low, high] = value.split('-').map(Number)
      return high === undefined ? t('history.about', { n: number(low!) }) : formatRange(low!, high, language)
    }
    case 'days':
      return t('history.days', { days: Number(value) })
    case 'china': {
      const id = labelOf(CHINA, value)
      return id ? t(id) : value
    }
  }
}

export function HistoryComparison({ view }: { view: GameView }) {
  const t = useText()
  const language = useLanguage()
  const { scenario, history } = view
  const record = scenario.history
  const box = useRef<HTMLDivElement>(null)
  // A line where both sides are empty says nothing: the point did not arise in the game or in history.
  const rows = history?.rows.filter((r: HistoryRow) => r.game !== '-' || r.record !== '-') ?? []
  const stacked = useStacked(box, `${language} ${rows.length}`)
  if (!history || !record) return <p>{t('history.hypothetical')}</p>
  return (
    <>
      <div className="table-scroll" ref={box}>
        <table className={`comparison stackable history-comparison${stacked ? ' stacked' : ''}`}>
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('history.aspect')}</span>
              </th>
              <th scope="col">{t('history.yours')}</th>
              <th scope="col">{t('history.record')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.aspect} className={r.matches === false ? 'different' : 'same'}>
                <th scope="row">{t(HISTORY_ASPECT[r.aspect])}</th>
                <td data-label={t('history.yours')}>
                  {historyValue(scenario, r.aspect, r.game, t, language)}
                  {r.matches === undefined ? null : (
                    <span className="visually-hidden">
                      , {t(r.matches ? 'history.same' : 'history.different')}
                    </span>
                  )}
                </td>
                <td data-label={t('history.record')}>
                  {historyValue(scenario, r.aspect, r.record, t, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MarkdownText source={record.summary} sources={scenario.sources} />
      {record.aftermath ? (
        <>
          <h3>{t('history.aftermath')}</h3>
          <MarkdownText source={record.aftermath} sources={scenario.sources} />
        </>
      ) : null}
    </>
  )
}
