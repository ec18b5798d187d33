// The live debrief's texts: what really happened and the questions to discuss, each marker numbered as the
// single-player debrief numbers it and leading to the sources these texts cite: listed beneath them on the
// projector, or in the one list of a team's screen, which shows the debrief among its own texts.
import type { DebriefView, Source } from '../../store'
import { CitedText, MarkdownText } from '../components/markdown-text'
import { SourcesScope } from '../components/source-scope'
import { useText } from '../i18n/use-text'

/** The debrief's texts that may cite: the record, when the scenario has one, and the questions. */
export const debriefCiting = ({ history, questions }: DebriefView): string[] => [
  ...(history ? [history.summary] : []),
  ...questions,
]

export function DebriefTexts({
  debrief,
  sources,
  sourcesListedByScreen = false,
}: {
  debrief: DebriefView
  /** The session's numbered list (`PublicScenario.sources`). */
  sources: readonly Source[]
  /**
   * The screen around lists what these texts cite in its own list (a team's screen, `debriefCiting`): list none
   * here, so the reader meets one list of sources, and let the markers lead to the screen's.
   */
  sourcesListedByScreen?: boolean
}) {
  const t = useText()
  const { history, questions } = debrief
  const body = (
    <>
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t('live.debrief.record')}</h2>
        {history ? (
          <MarkdownText source={history.summary} sources={sources} />
        ) : (
          <p>{t('live.debrief.hypothetical')}</p>
        )}
      </section>
      {questions.length > 0 ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t('live.debrief.questions')}</h2>
          <ol>
            {questions.map((q) => (
              <li key={q}>
                <CitedText text={q} sources={sources} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
  if (sourcesListedByScreen) return body
  return (
    <SourcesScope
      scope="live-debrief"
      sources={sources}
      texts={debriefCiting(debrief)}
      about={t('live.debrief.title')}
    >
      {body}
    </SourcesScope>
  )
}
