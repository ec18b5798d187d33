// The scenario's injects for the facilitator: each with its text, released (and in which round) or a button to
// release it to every team; once the session is over, what was never released says so. The dashboard is what the
// room sees on the projector, so an inject stays folded until it is released, its title too: a headline on the
// wall gives away what is coming as surely as the text. Folded, it shows only its place in the list ("Inject 2 —
// not released yet"); the facilitator unfolds it to read the title and the text, and its Release button is there,
// under the text: nothing is released unread. Why they are folded is said once, above the list; each fold says only
// "Read it", and names its inject for a screen reader, which hears them out of sight. Once an inject is out, the
// focus goes from its button, now gone, to the line that says when it was released.
// Markers lead to sources listed where their text is: under the list for the texts in the open, and inside its
// fold for a folded one, so the room never reads the title of a source that only an unreleased inject cites.
import { useRef } from 'react'
import type { FacilitatorView, InjectView, Source } from '../../store'
import { CitedText } from '../components/markdown-text'
import { SourcesScope } from '../components/source-scope'
import { useText } from '../i18n/use-text'

export function FacilitatorInjects({
  injects,
  sources,
  released,
  over,
  disabled,
  onRelease,
}: {
  injects: readonly InjectView[]
  /** The session's numbered list, which the injects' markers number by. */
  sources: readonly Source[]
  released: FacilitatorView['released']
  /** The session is finished: what was released stays listed, nothing more can be. */
  over: boolean
  disabled: boolean
  onRelease: (inject: string) => void
}) {
  const t = useText()
  const isOut = (i: InjectView) => over || released.some((r) => r.inject === i.id)
  const folded = injects.some((i) => !isOut(i))
  // The inject whose Release was pressed: its released line takes the focus when it comes.
  const asked = useRef<string | null>(null)
  const release = (inject: string) => {
    asked.current = inject
    onRelease(inject)
  }
  const focusIfAsked = (inject: string) => (line: HTMLParagraphElement | null) => {
    if (line && asked.current === inject) {
      asked.current = null
      line.focus()
    }
  }
  return (
    <section aria-labelledby="injects-title">
      <SourcesScope
        scope="live-injects"
        sources={sources}
        texts={injects.filter(isOut).map((i) => i.text)}
        heading="h3"
        about={t('live.injects.title')}
      >
        <h2 id="injects-title">{t('live.injects.title')}</h2>
        {injects.length === 0 ? (
          <p>{t('live.injects.none')}</p>
        ) : (
          <>
            {folded ? <p className="inject-note">{t('live.injects.folded')}</p> : null}
            <ul className="inject-list">
              {injects.map((i, index) => {
                const out = released.find((r) => r.inject === i.id)
                return (
                  <li key={i.id} className={out ? 'released' : ''}>
                    {isOut(i) ? (
                      <>
                        <p className="inject-title">{i.title}</p>
                        <p className="inject-text">
                          <CitedText text={i.text} sources={sources} />
                        </p>
                        {out ? (
                          <p className="status done" tabIndex={-1} ref={focusIfAsked(i.id)}>
                            {t('live.injects.released', { round: out.round })}
                          </p>
                        ) : (
                          <p className="status idle">{t('live.injects.notReleased')}</p>
                        )}
                      </>
                    ) : (
                      <FoldedInject
                        inject={i}
                        number={index + 1}
                        sources={sources}
                        disabled={disabled}
                        onRelease={() => release(i.id)}
                      />
                    )}
                  </li>
                )
              })}
            </ul>
          </>
        )}
      </SourcesScope>
    </section>
  )
}

/** An inject not yet released: its place in the list in the open; its title, text and Release inside the fold. */
function FoldedInject({
  inject,
  number,
  sources,
  disabled,
  onRelease,
}: {
  inject: InjectView
  number: number
  sources: readonly Source[]
  disabled: boolean
  onRelease: () => void
}) {
  const t = useText()
  return (
    <>
      <p className="inject-title">{t('live.injects.unreleased', { number })}</p>
      <details className="inject-text">
        {/* Its name whole, in one piece, for a screen reader: a hidden part beside the words seen was read apart
            from them ("Read it : title"). */}
        <summary>
          <span aria-hidden="true">{t('live.injects.read')}</span>
          <span className="visually-hidden">{t('live.injects.readOf', { title: inject.title })}</span>
        </summary>
        <SourcesScope
          scope={`live-inject-${inject.id}`}
          sources={sources}
          texts={[inject.text]}
          heading="h3"
          about={inject.title}
        >
          <p className="inject-title">{inject.title}</p>
          <p>
            <CitedText text={inject.text} sources={sources} />
          </p>
          {/* Under the text it releases, before the sources it cites. */}
          <button
            type="button"
            className="button secondary"
            disabled={disabled}
            onClick={onRelease}
            aria-label={t('live.injects.releaseOf', { title: inject.title })}
          >
            {t('live.injects.release')}
          </button>
        </SourcesScope>
      </details>
    </>
  )
}
