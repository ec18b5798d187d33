// The debrief alone, for the back of the room: larger, without the controls, and without the app's header, its
// navigation, language buttons and footer (live-projector.css hides them while this is on the page), in the browser's
// full screen if it allows. The way out stays at hand: a small control at the top, the button beneath the debrief,
// and Escape (the first press, in full screen, is the browser's own, which leaves its full screen; the next leaves
// this view).
import { useEffect } from 'react'
import type { DebriefView, PublicScenario, TableView } from '../../store'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { TablesDebrief } from './tables-debrief'

export function ProjectedDebrief({
  debrief,
  tables,
  scenario,
  onLeave,
}: {
  debrief: DebriefView
  tables: readonly TableView[]
  scenario: PublicScenario
  onLeave: () => void
}) {
  const t = useText()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onLeave])
  return (
    <div className="projecting">
      <button
        type="button"
        className="link-button projecting-leave"
        aria-keyshortcuts="Escape"
        onClick={onLeave}
      >
        {t('live.panel.leaveProjection')}
      </button>
      <PageHeading title={t('live.debrief.title')} eyebrow={scenario.title} />
      <TablesDebrief debrief={debrief} tables={tables} scenario={scenario} />
      <button type="button" className="button secondary" onClick={onLeave}>
        {t('live.panel.back')}
      </button>
    </div>
  )
}
