// Article 4 in plain words, for the briefing: the text in force on the scenario's start date, with only earlier precedents.
import { useText } from '../i18n/use-text'
import { article4AsOf } from '../treaty-copy'
import './treaty-summary.css'

export function TreatySummary({ start }: { readonly start: string }) {
  const t = useText()
  return (
    <dl className="treaty-points">
      {article4AsOf(start, t).map((point) => (
        <div key={point.title}>
          <dt>{point.title}</dt>
          <dd>{point.text}</dd>
        </div>
      ))}
    </dl>
  )
}
