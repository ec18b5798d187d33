// What an actor had done before the crisis: its dated record as the scenario sees it, cut at the start date and
// oldest first by the loader (`recordAsOf`), so a 2010 crisis never hears of 2022.
import './actor-record.css'
import type { Scenario, Source } from '../../store'
import { formatDates } from '../dates'
import { useLanguage, useText } from '../i18n/use-text'
import { CitedText } from './markdown-text'

type RecordOf = Scenario['actors'][keyof Scenario['actors']]['record']

/** A few entries read at a glance; past that they fold away, so the role cards stay short. */
const OPEN_UP_TO = 3

export function ActorRecord({ record, sources }: { record: RecordOf; sources: readonly Source[] }) {
  const t = useText()
  if (record.length === 0) return null
  const list = <RecordList record={record} sources={sources} />
  if (record.length <= OPEN_UP_TO)
    return (
      <div className="actor-record">
        <p className="actor-record-title">{t('actor.record.title')}</p>
        {list}
      </div>
    )
  return (
    <details className="actor-record">
      <summary>{t('actor.record.fold', { n: record.length })}</summary>
      {list}
    </details>
  )
}

function RecordList({ record, sources }: { record: RecordOf; sources: readonly Source[] }) {
  const language = useLanguage()
  return (
    <ol className="actor-record-list">
      {record.map((entry) => (
        <li key={`${entry.date} ${entry.text}`}>
          <time dateTime={entry.date}>{formatDates({ start: entry.date }, language)}</time>{' '}
          <span>
            <CitedText text={entry.text} sources={sources} />
          </span>
        </li>
      ))}
    </ol>
  )
}
