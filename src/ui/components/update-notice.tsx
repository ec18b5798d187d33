// A new version of the app is ready: say so and offer it, rather than go on serving the old code in silence.
import { selectUpdateReady, useGame } from '../../store'

const TEXT = {
  ready: 'A new version of Article Four is ready. Your game is saved: reloading keeps it.',
  reload: 'Reload now',
}

export function UpdateNotice() {
  const ready = useGame(selectUpdateReady)
  const apply = useGame((s) => s.applyUpdate)
  if (!ready) return null
  return (
    <div className="notice update-notice" role="status">
      <p>{TEXT.ready}</p>
      <button type="button" className="button secondary" onClick={apply}>
        {TEXT.reload}
      </button>
    </div>
  )
}
