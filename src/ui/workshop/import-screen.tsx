// Opening a shared link: the store decodes the scenario in the fragment, checks it like any file, keeps it in this
// browser and shows the library with it; a damaged link or a faulty file gets a plain message here instead, and a
// scenario with the id of one of the author's own asks before it takes its place.
import { useEffect } from 'react'
import { MAX_BYTES } from '../../scenario/file-limits'
import type { Problem } from '../../scenario/types'
import { useGame, type WorkshopState } from '../../store'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { useLanguage, useText } from '../i18n/use-text'
import { ClashQuestion } from './clash-question'
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

  // The store opens each link once, even when React runs effects twice in development.
  useEffect(() => void openShared(payload), [payload, openShared])

  const mine = shared?.payload === payload ? shared : undefined
  if (mine?.clash) return <Clash clash={mine.clash} />
  const failure = mine?.failure
  if (!failure) return <Loading what={t('workshop.opening')} />
  return (
    <>
      <PageHeading title={t('workshop.linkFailed')} />
      <div className="panel error-panel" role="alert">
        <p>{t(REASON[failure.reason], { mb: MAX_BYTES / 1_000_000 })}</p>
        <LinkProblems label={t('workshop.problems')} items={failure.problems} />
        {failure.warnings.length > 0 ? (
          <>
            <h2>{t('workshop.warningCount', { count: failure.warnings.length })}</h2>
            <LinkProblems label={t('workshop.warnings')} items={failure.warnings} />
          </>
        ) : null}
        <p>{t('workshop.askAgain')}</p>
      </div>
      <p>
        <a href="#/">{t('workshop.backToCrises')}</a>
      </p>
    </>
  )
}

/** The first of the link's problems, or of its warnings, each at its line, in the reader's language. */
function LinkProblems({ label, items }: { label: string; items: readonly Problem[] }) {
  const t = useText()
  const language = useLanguage()
  if (items.length === 0) return null
  return (
    <ul className="problems" aria-label={label}>
      {items.slice(0, 10).map((p) => (
        <li key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
          {t('workshop.linkProblem', { line: p.line, column: p.column })}
          {p.path ? ` (${problemPlace(p, language)})` : ''}: {problemText(p, language)}
        </li>
      ))}
    </ul>
  )
}

type SharedClash = NonNullable<NonNullable<WorkshopState['shared']>['clash']>

/** The link's scenario would replace the author's own: it asks first. */
function Clash({ clash }: { clash: SharedClash }) {
  const answerShared = useGame((s) => s.answerShared)
  const t = useText()
  const { id, title } = clash.scenario
  const { mine } = clash
  return (
    <>
      <PageHeading title={t('workshop.clashTitle')} />
      <ClashQuestion
        question={t('workshop.clashAsk', { title, id, mine })}
        note={t('workshop.clashBoth')}
        scenario={title}
        mine={mine}
        onReplace={() => void answerShared('replace')}
        onKeep={() => void answerShared('keep')}
      />
    </>
  )
}
