// The student's game beside what really happened, line by line, then the record in the scenario's words.
import './history-comparison.css'
import { actorName, type GameView, type HistoryAspect, type HistoryRow, type Scenario } from '../../store'
import { formatNumber, sentence } from '../format'
import { currentLanguage } from '../i18n/messages'
import { FORCE_WORDS, FRAMING_WORDS, MISSION_WORDS } from '../words/decisions'
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

const RESPONSE: Readonly<Record<string, string>> = {
  'no-request': 'No request to answer',
  refused: 'Refused',
  consultations: 'Consultations and aid under Article 2, no troops',
  bilateral: "Russia's own troops, outside the alliance",
  ...Object.fromEntries(Object.entries(FORCE_WORDS).map(([k, v]) => [k, sentence(v)])),
}

const CHINA: Readonly<Record<string, string>> = {
  endorse: 'Endorsed',
  silent: 'Stayed silent',
  warn: 'Warned',
}

const TEXT = {
  hypothetical: 'This crisis is hypothetical: there is no record to set your game beside.',
  caption: 'Your game beside the historical record',
  aspect: 'Aspect',
  yours: 'Your game',
  record: 'What happened',
  same: 'as in history',
  different: 'not as in history',
  none: 'none',
  agreed: 'Agreed',
  blocked: 'Blocked',
  objected: 'objected',
  stayedOut: 'stayed out',
  about: (n: string) => `about ${n}`,
  days: (n: string) => `${n} days`,
  aftermath: 'What followed',
}

/** A value of the comparison, which speaks the files' own words (ids and numbers), in the student's. */
function inWords(scenario: Scenario, aspect: HistoryAspect, value: string): string {
  if (value === '-') return '—'
  switch (aspect) {
    case 'requested':
      return value === 'yes' ? 'Yes' : 'No'
    case 'framing':
      return sentence(FRAMING_WORDS[value as keyof typeof FRAMING_WORDS] ?? value)
    case 'help':
      return sentence(FORCE_WORDS[value as keyof typeof FORCE_WORDS] ?? value)
    case 'response':
      return RESPONSE[value] ?? value
    case 'mission':
      return sentence(MISSION_WORDS[value as keyof typeof MISSION_WORDS] ?? value)
    case 'council':
      return value
        .split('; ')
        .map((part, i) => {
          if (i === 0) return part === 'agreed' ? TEXT.agreed : TEXT.blocked
          const [actor, ...rest] = part.split(' ')
          const what = rest.join(' ') === 'objected' ? TEXT.objected : TEXT.stayedOut
          return `${actorName(scenario, actor!)} ${what}`
        })
        .join('; ')
    case 'troops': {
      if (value === '0') return TEXT.none
      const [low, high] = value.split('-').map(Number)
      return high === undefined
        ? TEXT.about(formatNumber(low!, currentLanguage()))
        : `${formatNumber(low!, currentLanguage())}–${formatNumber(high, currentLanguage())}`
    }
    case 'days':
      return TEXT.days(value)
    case 'china':
      return CHINA[value] ?? value
  }
}

export function HistoryComparison({ view }: { view: GameView }) {
  const { scenario, history } = view
  const record = scenario.history
  if (!history || !record) return <p>{TEXT.hypothetical}</p>
  // A line where both sides are empty says nothing: the point did not arise in the game or in history.
  const rows = history.rows.filter((r: HistoryRow) => r.game !== '-' || r.record !== '-')
  return (
    <>
      <div className="table-scroll">
        <table className="comparison">
          <caption className="visually-hidden">{TEXT.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{TEXT.aspect}</span>
              </th>
              <th scope="col">{TEXT.yours}</th>
              <th scope="col">{TEXT.record}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.aspect} className={r.matches === false ? 'different' : 'same'}>
                <th scope="row">{ASPECT[r.aspect]}</th>
                <td data-label={TEXT.yours}>
                  {inWords(scenario, r.aspect, r.game)}
                  {r.matches === undefined ? null : (
                    <span className="visually-hidden">, {r.matches ? TEXT.same : TEXT.different}</span>
                  )}
                </td>
                <td data-label={TEXT.record}>{inWords(scenario, r.aspect, r.record)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MarkdownText source={record.summary} sources={scenario.sources} />
      {record.aftermath ? (
        <>
          <h3>{TEXT.aftermath}</h3>
          <MarkdownText source={record.aftermath} sources={scenario.sources} />
        </>
      ) : null}
    </>
  )
}
