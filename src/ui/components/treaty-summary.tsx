// Article 4 in plain words, for the briefing.
import './treaty-summary.css'
import { ARTICLE_4 } from '../treaty-copy'

export function TreatySummary() {
  return (
    <dl className="treaty-points">
      {ARTICLE_4.map((point) => (
        <div key={point.title}>
          <dt>{point.title}</dt>
          <dd>{point.text}</dd>
        </div>
      ))}
    </dl>
  )
}
