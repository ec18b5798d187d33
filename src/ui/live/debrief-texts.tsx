// The live debrief's texts: what really happened and the questions to discuss, each marker numbered as the
// single-player debrief numbers it and leading to the sources these texts cite, listed beneath them.
import type { DebriefView, Source } from '../../store'
import { CitedText, MarkdownText } from '../components/markdown-text'
import { SourcesScope } from '../components/source-scope'
import { useText } from '../i18n/use-text'

export function DebriefTexts({
  debrief: { history, questions },
  sources,
}: {
  debrief: DebriefView
  /** The session's numbered list (`PublicScenario.sources`). */
  sources: readonly Source[]
}) {
  const t = useText()
  return (
    <SourcesScope
      scope="live-debrief"
      sources={sources}
      texts={[...(history ? [history.summary] : []), ...questions]}
      about={t('live.debrief.title')}
    >
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
    </SourcesScope>
  )
}
