// The student's game beside what really happened, line by line, then the record in the scenario's words.
import { FORCE_LABEL, FRAMING_LABEL, type Report } from '../../engine'
import type { HistoricalRecord } from '../../scenario/types'
import { formatNumber } from '../format'
import { MarkdownText } from './markdown-text'

const CHINA = {
  endorse: 'Endorsed',
  'stay-silent': 'Stayed silent',
  silent: 'Stayed silent',
  warn: 'Warned',
} as const
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export function HistoryComparison({
  report,
  history,
}: {
  report: Report
  history: HistoricalRecord | undefined
}) {
  if (!history) return <p>This crisis is hypothetical: there is no record to set your game beside.</p>
  const { course, deployment, contingent } = report
  const request = course.request?.kind === 'request' ? course.request : undefined
  const yourAnswer =
    deployment.kind === 'deployed'
      ? cap(FORCE_LABEL[deployment.grant.force])
      : { 'no-request': 'No request to answer', refused: 'Refused', blocked: 'Blocked in the Council' }[
          deployment.why
        ]
  const theirAnswer =
    history.response === 'no-request'
      ? 'No request to answer'
      : history.response === 'refused'
        ? 'Refused'
        : cap(FORCE_LABEL[history.response])
  // A contingent inside the recorded range matches the record, however differently the two are written.
  const troopsMatch =
    contingent && history.troops
      ? contingent.troops >= history.troops.low && contingent.troops <= history.troops.high
      : !contingent && !history.troops
  const rows: [string, string, string, boolean?][] = [
    ['Asked under Article 4?', request ? 'Yes' : 'No', history.requested ? 'Yes' : 'No'],
    [
      'The threat, as framed',
      request ? cap(FRAMING_LABEL[request.framing]) : '—',
      history.framing ? cap(FRAMING_LABEL[history.framing]) : '—',
    ],
    ['The answer', yourAnswer, theirAnswer],
    [
      'Troops',
      contingent ? `about ${formatNumber(contingent.troops)}` : 'none',
      history.troops
        ? history.troops.low === history.troops.high
          ? formatNumber(history.troops.low)
          : `${formatNumber(history.troops.low)}–${formatNumber(history.troops.high)}`
        : 'none',
      troopsMatch,
    ],
    [
      'How long',
      deployment.kind === 'deployed' ? `${deployment.days} days` : '—',
      history.days ? `${history.days} days` : '—',
    ],
    ['China', course.reaction ? CHINA[course.reaction.kind] : '—', CHINA[history.china]],
  ]
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
          {rows.map(([aspect, yours, theirs, same = yours === theirs]) => (
            <tr key={aspect} className={same ? 'same' : 'different'}>
              <th scope="row">{aspect}</th>
              <td>{yours}</td>
              <td>{theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MarkdownText source={history.summary} />
    </>
  )
}
