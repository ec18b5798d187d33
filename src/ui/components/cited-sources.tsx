// The sources a page's text cites, under a heading of their own: the debrief's list, cut to what this page cites
// and keeping each entry's number, so a student can follow a marker before the game is over.
import type { NumberedSource } from '../../store/other-pages'
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
  const title = `${scope}-sources-title`
  return (
    // The heading reads "Sources" where the lists stand apart to the eye; where a page holds several, its name says
    // whose, whole, so a list of headings tells them apart: a hidden part inside the heading would be read as a
    // block of its own ("Sources : Debrief"). The region takes the heading's name.
    <section className="cited-sources" aria-labelledby={title}>
      <Heading id={title} aria-label={about ? t('sources.titleAbout', { about }) : undefined}>
        {t('sources.title')}
      </Heading>
      {/* A list cut to what the page cites skips numbers; a student would look for the entries missing. It names
       no page the full list is on: a workshop's pages, the projector's debrief among them, show none. */}
      {entries.some(({ n }, i) => n !== i + 1) ? <p>{t('sources.numberedAsCrisis')}</p> : null}
      <SourcesList entries={entries} scope={scope} />
    </section>
  )
}
