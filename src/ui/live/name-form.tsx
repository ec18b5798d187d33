// A team's name, and its role where the session lets teams choose: the form a seat fills in to join, under the
// session's title as the server's lobby gives it, in the team's own language.
import { type FormEvent, useId, useState } from 'react'
import {
  formatHash,
  type LobbyView,
  lobbyIn,
  selectLiveInLanguage,
  selectWaitingForTranslations,
  useGame,
} from '../../store'
import { useText } from '../i18n/use-text'

interface NameFormProps {
  /** The lobby as the server sent it, in English: undefined while it is on its way, null when refused. */
  readonly sent: LobbyView | null | undefined
  readonly busy: boolean
  readonly error: string | null
  readonly onJoin: (name: string, role: string | undefined) => void
}

export function NameForm({ sent, busy, error, onJoin }: NameFormProps) {
  const t = useText()
  // The lobby is still on its way while its crisis's words are: its title and roles never show in English first.
  const lobby = useGame((s) =>
    sent && selectWaitingForTranslations(s)
      ? undefined
      : sent && selectLiveInLanguage(sent, sent.scenario, lobbyIn)(s),
  )
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const ids = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() !== '') onJoin(name.trim(), role === '' ? undefined : role)
  }
  // The code names no session (the refusal is the error above), or a session past its lobby.
  if (lobby === null || lobby?.open === false)
    return (
      <>
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : (
          <p className="notice" role="status">
            {t('live.join.started')}
          </p>
        )}
        <p>
          <a href={formatHash({ name: 'join' })}>{t('live.join.another')}</a>
        </p>
      </>
    )
  const choosing = lobby !== undefined && lobby.format.kind !== 'parallel-whole'
  return (
    <form className="live-setup" onSubmit={submit}>
      {lobby ? <p className="lede">{lobby.title}</p> : null}
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <label htmlFor={`${ids}-name`}>{t('live.join.name')}</label>
      <input
        id={`${ids}-name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={40}
        autoComplete="off"
      />
      {choosing ? (
        <>
          <label htmlFor={`${ids}-role`}>{t('live.join.role')}</label>
          <select id={`${ids}-role`} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('live.join.anyRole')}</option>
            {lobby.roles.map((r) => (
              <option key={r.id} value={r.id} disabled={!r.free}>
                {r.free ? r.title : t('live.join.taken', { role: r.title })}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" className="button" disabled={busy || name.trim() === ''}>
        {t('live.join.submit')}
      </button>
    </form>
  )
}
