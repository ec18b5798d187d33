// The round's time limit, as both ways of setting up a group exercise ask for it: minutes from 0 (no limit) to
// 60, in half minutes.
import { useText } from '../i18n/use-text'

export function RoundMinutes({
  id,
  minutes,
  onChange,
}: {
  id: string
  minutes: number
  onChange: (minutes: number) => void
}) {
  const t = useText()
  return (
    <>
      <label htmlFor={id}>{t('live.setup.minutes')}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={60}
        step={0.5}
        value={minutes}
        onChange={(e) => onChange(Math.min(60, Math.max(0, Number(e.target.value) || 0)))}
      />
    </>
  )
}
