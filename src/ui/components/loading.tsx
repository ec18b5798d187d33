// Said while a screen or its data is on its way: a status a screen reader announces once.
import { useText } from '../i18n/use-text'

export function Loading({ what }: { what?: string }) {
  const t = useText()
  return (
    <p className="loading" role="status">
      {what ?? t('app.loading')}
    </p>
  )
}
