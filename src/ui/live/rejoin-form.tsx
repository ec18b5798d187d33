// For a team already in the session whose device was lost, broken or out of battery: the one-time code the
// facilitator gives it, typed here (spaces, hyphens and lower case will do), takes its seat back on this device.
// While new teams may still join, the join form is the page's one form and this one waits folded under its
// question, so a newcomer does not fill in the wrong one; once the session has started it is the only way in, open.
import './rejoin-form.css'
import { type FormEvent, useId, useState } from 'react'
import { useText } from '../i18n/use-text'

export function RejoinForm({
  folded,
  busy,
  error,
  onRejoin,
}: {
  /** Folded under its question, beneath a join form; a refused code unfolds it, to be read beside its field. */
  folded: boolean
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
  const title = <h2 id={`${id}-title`}>{t('live.rejoin.title')}</h2>
  const body = (
    <>
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
        {/* Beneath a join form it does not outweigh the form's Join; once it is the page's only way in, it leads. */}
        <button type="submit" className={folded ? 'button secondary' : 'button'} disabled={busy}>
          {t('live.rejoin.submit')}
        </button>
      </form>
    </>
  )
  return (
    <section className={folded ? 'rejoin folded' : 'rejoin'} aria-labelledby={`${id}-title`}>
      {folded ? (
        <details open={error !== null}>
          <summary>{title}</summary>
          {body}
        </details>
      ) : (
        <>
          {title}
          {body}
        </>
      )}
    </section>
  )
}
