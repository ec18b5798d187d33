// The sessions this browser already runs, on the set-up page: a facilitator who left a dashboard (the header's
// link, the browser's Back) finds the way back here, without remembering the code.
import { formatHash } from '../../store'
import { useText } from '../i18n/use-text'

export function HeldSessions({ codes }: { codes: readonly string[] }) {
  const t = useText()
  if (codes.length === 0) return null
  return (
    <section className="held-sessions" aria-labelledby="held-title">
      <h2 id="held-title">{t('live.setup.held')}</h2>
      <p>{t('live.setup.heldText')}</p>
      <ul>
        {codes.map((code) => (
          <li key={code}>
            <a href={formatHash({ name: 'facilitate', code })}>{t('live.setup.heldLink', { code })}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
