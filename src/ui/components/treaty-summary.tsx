// Article 4 in plain words, for the briefing: the text in force on the scenario's start date, with only earlier precedents.
import { article4AsOf } from '../treaty-copy'
import './treaty-summary.css'

export function TreatySummary({ start }: { readonly start: string }) {
  return (
    <dl className="treaty-points">
      {article4AsOf(start).map((point) => (
        <div key={point.title}>
          <dt>{point.title}</dt>
          <dd>{point.text}</dd>
        </div>
      ))}
    </dl>
  )
}
