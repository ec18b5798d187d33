// Opening a shared link: the store decodes the scenario in the fragment, checks it like any file, keeps it in this
// browser and shows the library with it; a damaged link or a faulty file gets a plain message here instead, and a
// scenario with the id of one of the author's own asks before it takes its place.
import { useEffect } from 'react'
import { MAX_BYTES } from '../../scenario/file-limits'
import { useGame, type WorkshopState } from '../../store'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { ClashQuestion } from './clash-question'
import { ListedProblems, ListedWarnings } from './listed-problems'

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
        <ListedProblems label={t('workshop.problems')} items={failure.problems} />
        <ListedWarnings items={failure.warnings} />
        <p>{t('workshop.askAgain')}</p>
      </div>
      <p>
        <a href="#/">{t('workshop.backToCrises')}</a>
      </p>
    </>
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
