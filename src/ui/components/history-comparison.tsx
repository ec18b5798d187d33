// The student's game beside what really happened, line by line, then the record in the scenario's words.
import {
  compareWithHistory,
  FORCE_LABEL,
  FRAMING_LABEL,
  type HistoryAspect,
  type HistoryRow,
  MISSION_LABEL,
  RECORDED_RESPONSE_LABEL,
  type Report,
} from '../../engine'
import type { Scenario } from '../../scenario/types'
import { actorName } from '../../store'
import { formatNumber } from '../format'
import { MarkdownText } from './markdown-text'

const ASPECT: Readonly<Record<HistoryAspect, string>> = {
  requested: 'Asked for help?',
  framing: 'The threat, as framed',
  help: 'What was asked for',
  response: 'The answer',
  mission: 'The mission',
  council: 'The Council',
  troops: 'Troops',
  days: 'How long',
  china: 'China',
}

const CHINA: Readonly<Record<string, string>> = {
  endorse: 'Endorsed',
  silent: 'Stayed silent',
  warn: 'Warned',
}
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** A value of the comparison, which speaks the files' own words, in the student's. */
function inWords(scenario: Scenario, aspect: HistoryAspect, value: string): string {
  if (value === '-') return '—'
  switch (aspect) {
    case 'requested':
      return value === 'yes' ? 'Yes' : 'No'
    case 'framing':
      return cap(FRAMING_LABEL[value as keyof typeof FRAMING_LABEL])
    case 'help':
      return cap(FORCE_LABEL[value as keyof typeof FORCE_LABEL])
    case 'response':
      return cap(RECORDED_RESPONSE_LABEL[value as keyof typeof RECORDED_RESPONSE_LABEL])
    case 'mission':
      return cap(MISSION_LABEL[value as keyof typeof MISSION_LABEL])
    case 'council':
      return value
        .split('; ')
        .map((part, i) => {
          if (i === 0) return part === 'agreed' ? 'Agreed' : 'Blocked'
          const [actor, ...rest] = part.split(' ')
          return `${actorName(scenario, actor!)} ${rest.join(' ')}`
        })
        .join('; ')
    case 'troops': {
      if (value === '0') return 'none'
      const [low, high] = value.split('-').map(Number)
      return high === undefined
        ? `about ${formatNumber(low!)}`
        : `${formatNumber(low!)}–${formatNumber(high)}`
    }
    case 'days':
      return `${value} days`
    case 'china':
      return CHINA[value] ?? value
  }
}

export function HistoryComparison({ report, scenario }: { report: Report; scenario: Scenario }) {
  const comparison = compareWithHistory(scenario, report.course, report.contingent)
  if (!comparison || !scenario.history)
    return <p>This crisis is hypothetical: there is no record to set your game beside.</p>
  // A line where both sides are empty says nothing: the point did not arise in the game or in history.
  const rows = comparison.rows.filter((r: HistoryRow) => r.game !== '-' || r.record !== '-')
  return (
    <>
      <table className="comparison">
        <caption className="visually-hidden">Your game beside the historical record</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Aspect</span>
            </th>
            <th scope="col">Your game</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.aspect} className={r.matches === false ? 'different' : 'same'}>
              <th scope="row">{ASPECT[r.aspect]}</th>
              <td>{inWords(scenario, r.aspect, r.game)}</td>
              <td>{inWords(scenario, r.aspect, r.record)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MarkdownText source={scenario.history.summary} sources={scenario.sources} />
    </>
  )
}
