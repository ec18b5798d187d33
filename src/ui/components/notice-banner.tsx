// Tells the student, once, about something that happened to their game that was not their doing.
import { type Notice, selectNotice, useGame } from '../../store'
import { type Translate, useText } from '../i18n/use-text'

/** Each notice as one whole message, so a language can order its words as it must. */
function noticeText(notice: Notice, t: Translate): string {
  switch (notice.kind) {
    case 'save-unreadable':
      return t('notice.saveUnreadable', { why: notice.why })
    case 'save-stale':
      return t('notice.saveStale')
    case 'choices-dropped':
      return t('notice.choicesDropped')
    case 'imported-added':
      return t('notice.importedAdded', { title: notice.title })
    case 'imported-already':
      return t('notice.importedAlready', { title: notice.title })
    case 'imported-dropped':
      // 0: the list itself was damaged, so nobody can say how many it held.
      return t('notice.importedDropped', { count: notice.count })
    case 'no-historical-opening':
      return t('notice.noHistoricalOpening')
    case 'seed-replaced':
      return t('notice.seedReplaced', { given: notice.given, seed: String(notice.seed) })
  }
}

export function NoticeBanner() {
  const t = useText()
  const notice = useGame(selectNotice)
  const dismiss = useGame((s) => s.dismissNotice)
  if (!notice) return null
  return (
    <div className="notice" role="status">
      <p>{noticeText(notice, t)}</p>
      <button type="button" className="link-button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
