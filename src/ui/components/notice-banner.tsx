// Tells the student, once, about something that happened to their game that was not their doing.
import { type Notice, selectNotice, useGame } from '../../store'

const TEXT: Readonly<Record<Notice['kind'], string>> = {
  'save-unreadable': 'Your saved game could not be read, so a fresh game starts.',
  'save-stale':
    'Your saved game belongs to a crisis or role this version no longer has, so a fresh game starts.',
  'choices-dropped':
    'Some decisions in this link do not fit this game, so it resumes from the last decision that does.',
  'imported-added': 'is now in Your scenarios, in the library of this browser.',
  'imported-dropped': 'could not be read again in this browser, and set aside.',
  'seed-replaced':
    'is not a game number (a game number is a whole number from 0 to 2147483647), so this is game number',
  'no-historical-opening':
    'No game within reach opens as history did for this role, so your game stays as it was: the model finds the recorded opening too unlikely here.',
}

/** The notices about imported scenarios name what they are about; the others say it all in TEXT. */
function subject(notice: Notice): string {
  switch (notice.kind) {
    case 'imported-added':
      return `“${notice.title}”`
    case 'seed-replaced':
      return `The game number in this link, “${notice.given}”,`
    case 'imported-dropped':
      if (notice.count === 0) return 'The list of your own scenarios was damaged: it'
      return notice.count === 1 ? 'One of your scenarios' : `${notice.count} of your scenarios`
    default:
      return ''
  }
}

const TEXT_DISMISS = 'Dismiss'

const DETAIL = {
  corrupt: 'The save was damaged.',
  'old-version': 'It was saved by an older version of Article Four.',
} as const

export function NoticeBanner() {
  const notice = useGame(selectNotice)
  const dismiss = useGame((s) => s.dismissNotice)
  if (!notice) return null
  return (
    <div className="notice" role="status">
      <p>
        {subject(notice)} {TEXT[notice.kind]} {notice.kind === 'save-unreadable' ? DETAIL[notice.why] : null}
        {notice.kind === 'seed-replaced' ? `${notice.seed}.` : null}
      </p>
      <button type="button" className="link-button" onClick={dismiss}>
        {TEXT_DISMISS}
      </button>
    </div>
  )
}
