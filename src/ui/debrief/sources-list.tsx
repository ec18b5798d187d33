// The scenario's sources, numbered as the citations in its text refer to them, each a link a student can follow where it has one.
import type { Source } from '../../store'
import { useText } from '../i18n/use-text'

export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const t = useText()
  return (
    <ol className="sources">
      {sources.map((s) => {
        const about = [s.author, s.publisher, s.date].filter(Boolean)
        return (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="visually-hidden"> {t('debrief.sources.newTab')}</span>
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            {about.length > 0 ? `. ${about.join(', ')}.` : null}
          </li>
        )
      })}
    </ol>
  )
}
