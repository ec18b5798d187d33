// Article 4 in plain words, for the briefing: the text in force on the day the verdict reads it, and its precedents.
import { useText } from '../i18n/use-text'
import { article4For } from '../treaty-copy'
import './treaty-summary.css'

export function TreatySummary({ dates }: { readonly dates: Parameters<typeof article4For>[0] }) {
  const t = useText()
  return (
    <dl className="treaty-points">
      {article4For(dates, t).map((point) => (
        <div key={point.title}>
          <dt>{point.title}</dt>
          <dd>{point.text}</dd>
        </div>
      ))}
    </dl>
  )
}
