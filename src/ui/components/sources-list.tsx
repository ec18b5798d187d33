// A scenario's sources, each under its number in the one list every page of the crisis shares (the debrief's in
// full, another page's cut to what it cites), each a link a student can follow where it has one. Each entry
// can take focus, for a citation marker that leads to it; the entry a marker led to offers the way back to it.
import './sources-list.css'
import type { NumberedSource } from '../../store/other-pages'
import { formatSourceDate } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { backToMarker, sourceEntryId, useFollowedEntry } from './source-anchor'

/** A full stop after the last part, unless it ends with one already (a Russian date's "2010 г."). */
const sentenceEnd = (text: string) => (text.endsWith('.') ? text : `${text}.`)

export function SourcesList({ entries, scope }: { entries: readonly NumberedSource[]; scope: string }) {
  const t = useText()
  const language = useLanguage()
  const reached = useFollowedEntry(scope)
  return (
    <ol className="sources">
      {entries.map(({ n, source: s }) => {
        const about = [s.author, s.publisher, s.date && formatSourceDate(s.date, language)].filter(Boolean)
        return (
          <li key={s.id} value={n} id={sourceEntryId(scope, n)} tabIndex={-1}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="visually-hidden"> {t('debrief.sources.newTab')}</span>
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            {about.length > 0 ? `. ${sentenceEnd(about.join(', '))}` : null}
            {n === reached ? (
              <>
                {' '}
                <button type="button" className="source-back" onClick={backToMarker}>
                  <span aria-hidden="true">↩ </span>
                  {t('sources.back')}
                </button>
              </>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
