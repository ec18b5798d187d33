// For a team already in the session whose device was lost, broken or out of battery: the one-time code the
// facilitator gives it, typed here (spaces, hyphens and lower case will do), takes its seat back on this device.
import './rejoin-form.css'
import { type FormEvent, useId, useState } from 'react'
import { useText } from '../i18n/use-text'

export function RejoinForm({
  busy,
  error,
  onRejoin,
}: {
  busy: boolean
  /** Why the last code was refused, in the reader's words. */
  error: string | null
  onRejoin: (typed: string) => void
}) {
  const t = useText()
  const id = useId()
  const [typed, setTyped] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typed.trim() !== '') onRejoin(typed)
  }
  return (
    <section className="rejoin" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('live.rejoin.title')}</h2>
      <p id={`${id}-lede`}>{t('live.rejoin.lede')}</p>
      <form className="live-setup" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t('live.rejoin.field')}</label>
        <input
          id={id}
          className="code-input rejoin-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-lede ${id}-error` : `${id}-lede`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        {error ? (
          <p id={`${id}-error`} className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button secondary" disabled={busy}>
          {t('live.rejoin.submit')}
        </button>
      </form>
    </section>
  )
}
