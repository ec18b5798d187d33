// What the facilitator hears as teams come and decide, without looking: a polite status line that a screen reader
// reads each time it changes. In the lobby how many teams have joined (kept out of sight: the heading above shows
// it); in a round how many of the teams that owe a decision have sent it, and when all have, that the round can be
// revealed. It stays on the page, empty when there is nothing to say, so that a change is announced and not missed.
import type { FacilitatorView } from '../../store'
import { useText } from '../i18n/use-text'

export function SubmissionNews({ view }: { view: FacilitatorView }) {
  const t = useText()
  const phase = view.phase.kind
  const owing = view.teams.filter((team) => team.submitted !== null)
  const submitted = owing.filter((team) => team.submitted === true).length
  const news =
    phase === 'lobby'
      ? view.teams.length > 0
        ? t('live.panel.joinedNews', { count: view.teams.length })
        : ''
      : phase === 'deciding' && owing.length > 0
        ? submitted === owing.length
          ? t('live.panel.allSubmitted')
          : t('live.panel.submittedNews', { submitted, count: owing.length })
        : ''
  return (
    <p className={phase === 'deciding' ? 'submission-news' : 'visually-hidden'} role="status">
      {news}
    </p>
  )
}
