// The sources a page's text cites, under a heading of their own: the debrief's list, cut to what this page cites
// and keeping each entry's number, so a student can follow a marker before the game is over.
import type { NumberedSource } from '../../store'
import { useText } from '../i18n/use-text'
import { SourcesList } from './sources-list'

export function CitedSources({
  scope,
  entries,
  heading: Heading,
  about,
}: {
  scope: string
  entries: readonly NumberedSource[]
  heading: 'h2' | 'h3'
  /** What the text was, to tell one list from another on a page with several (the cases compared). */
  about?: string | undefined
}) {
  const t = useText()
  return (
    <section className="cited-sources" aria-labelledby={`${scope}-sources-title`}>
      <Heading id={`${scope}-sources-title`}>
        {t('sources.title')}
        {about ? <span className="visually-hidden">: {about}</span> : null}
      </Heading>
      <SourcesList entries={entries} scope={scope} />
    </section>
  )
}
