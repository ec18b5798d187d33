// A new version of the app is ready: say so and offer it, rather than go on serving the old code in silence.
import { selectUpdate, useGame } from '../../store'
import { useText } from '../i18n/use-text'

export function UpdateNotice() {
  const t = useText()
  const update = useGame(selectUpdate)
  const reload = useGame((s) => s.reload)
  if (update === 'none') return null
  return (
    <div className="notice update-notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" className="button secondary" onClick={reload} disabled={update === 'reloading'}>
        {update === 'reloading' ? t('update.reloading') : t('update.reload')}
      </button>
    </div>
  )
}
