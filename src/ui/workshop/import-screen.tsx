// Opening a shared link: the store decodes the scenario in the fragment, checks it like any file, keeps it in this
// browser and shows the library with it; a damaged link or a faulty file gets a plain message here instead.
import { useEffect } from 'react'
import { MAX_BYTES } from '../../scenario/file-limits'
import { useGame } from '../../store'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { useLanguage, useText } from '../i18n/use-text'
import { problemPlace, problemText } from './problem-text'

const REASON = {
  damaged: 'workshop.link.damaged',
  'too-large': 'workshop.link.tooLarge',
  mistakes: 'workshop.link.mistakes',
} as const

export default function ImportScreen({ payload }: { payload: string }) {
  const openShared = useGame((s) => s.openShared)
  const shared = useGame((s) => s.workshop.shared)
  const t = useText()
  const language = useLanguage()

  // The store opens each link once, even when React runs effects twice in development.
  useEffect(() => void openShared(payload), [payload, openShared])

  const failure = shared?.payload === payload ? shared.failure : undefined
  if (!failure) return <Loading what={t('workshop.opening')} />
  return (
    <>
      <PageHeading title={t('workshop.linkFailed')} />
      <div className="panel error-panel" role="alert">
        <p>{t(REASON[failure.reason], { mb: MAX_BYTES / 1_000_000 })}</p>
        {failure.problems.length > 0 ? (
          <ul className="problems">
            {failure.problems.slice(0, 10).map((p) => (
              <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
                {t('workshop.linkProblem', { line: p.line, column: p.column })}
                {p.path ? ` (${problemPlace(p, language)})` : ''}: {problemText(p, language)}
              </li>
            ))}
          </ul>
        ) : null}
        <p>{t('workshop.askAgain')}</p>
      </div>
      <p>
        <a href="#/">{t('workshop.backToCrises')}</a>
      </p>
    </>
  )
}
