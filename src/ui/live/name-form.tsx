// A team's name, and its role where the session lets teams choose: the form a seat fills in to join, under the
// session's title as the server's lobby gives it, in the team's own language. The name is counted as the server
// counts it, and the form says how it will be shown, so nothing the team typed is cut or changed unannounced.
import './name-form.css'
import { type FormEvent, useId, useState } from 'react'
import {
  formatHash,
  type LobbyView,
  lobbyIn,
  selectLiveInLanguage,
  selectWaitingForTranslations,
  useGame,
} from '../../store'
import { teamNameDraft } from '../../store/live'
import { WrappingSelect } from '../components/wrapping-select'
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
  const draft = teamNameDraft(name)
  const fits = draft.kept !== '' && draft.over === 0
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (fits) onJoin(name.trim(), role === '' ? undefined : role)
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
      {/* No maxLength: it counts code units, not characters, and cuts a pasted name without a word. */}
      <input
        id={`${ids}-name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-describedby={`${ids}-name-note`}
        aria-invalid={draft.over > 0}
        autoComplete="off"
      />
      <div id={`${ids}-name-note`} className="name-note" aria-live="polite">
        <p className={draft.over > 0 ? 'name-count too-long' : 'name-count'}>
          {draft.over > 0
            ? t('live.join.nameTooLong', { over: draft.over, max: draft.max })
            : draft.length > draft.max - 10
              ? t('live.join.nameCount', { count: draft.length, max: draft.max })
              : t('live.join.nameLimit', { max: draft.max })}
        </p>
        {draft.changed && draft.kept !== '' ? <p>{t('live.join.nameKept', { name: draft.kept })}</p> : null}
      </div>
      {choosing ? (
        <>
          <label htmlFor={`${ids}-role`}>{t('live.join.role')}</label>
          <WrappingSelect id={`${ids}-role`} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('live.join.anyRole')}</option>
            {lobby.roles.map((r) => (
              <option key={r.id} value={r.id} disabled={!r.free}>
                {r.free ? r.title : t('live.join.taken', { role: r.title })}
              </option>
            ))}
          </WrappingSelect>
        </>
      ) : null}
      <button type="submit" className="button" disabled={busy || !fits}>
        {t('live.join.submit')}
      </button>
    </form>
  )
}
