// A team's seat: type the code from the projector (or scan it), give a team name, then play. The
// token the server hands back stays in this browser, so a reload or a dropped connection comes back
// to the same team at the same phase.
import './live.css'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { useStore } from 'zustand'
import { formatHash, type LobbyView, lobbyIn, selectLiveInLanguage, useGame } from '../../store'
import { type TeamSeat, teamSeat } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { ConnectionNote } from './connection-note'
import { TeamPanel } from './team-panel'
import { useSeat } from './use-seat'

export default function JoinScreen({ code }: { code?: string | undefined }) {
  return code ? <Seat code={code} /> : <CodeForm />
}

function CodeForm() {
  const t = useText()
  const [code, setCode] = useState('')
  const navigate = useGame((s) => s.navigate)
  const id = useId()
  const valid = /^[A-Za-z0-9]{6}$/.test(code.trim())
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (valid) void navigate({ name: 'join', code: code.trim().toUpperCase() })
  }
  return (
    <>
      <PageHeading title={t('live.join.title')} eyebrow={t('live.join.eyebrow')}>
        <p className="lede">{t('live.join.lede')}</p>
      </PageHeading>
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={id}>{t('live.join.code')}</label>
        <input
          id={id}
          className="code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={6}
        />
        <button type="submit" className="button" disabled={!valid}>
          {t('live.join.continue')}
        </button>
      </form>
    </>
  )
}

function Seat({ code }: { code: string }) {
  const seat = useSeat(teamSeat, code)
  return seat ? <SeatedTeam seat={seat} code={code} /> : null
}

function SeatedTeam({ seat, code }: { seat: TeamSeat; code: string }) {
  const t = useText()
  const state = useStore(seat.store)
  if (state.brief && state.view)
    return (
      <>
        <ConnectionNote connection={state.connection} />
        <TeamPanel
          brief={state.brief}
          view={state.view}
          skew={state.skew}
          error={state.error && refusalWords(state.error, t, code)}
          onSubmit={(round, decision) => void seat.submit(round, decision)}
        />
      </>
    )
  return (
    <>
      <PageHeading title={t('live.join.session', { code })} eyebrow={t('live.join.eyebrow')} />
      <ConnectionNote connection={state.connection} />
      {state.unseated && state.connection === 'online' ? (
        <NameForm seat={seat} busy={state.busy} error={state.error && refusalWords(state.error, t, code)} />
      ) : null}
    </>
  )
}

function NameForm({ seat, busy, error }: { seat: TeamSeat; busy: boolean; error: string | null }) {
  const t = useText()
  const [sent, setLobby] = useState<LobbyView | null | undefined>(undefined)
  const lobby = useGame((s) => (sent ? selectLiveInLanguage(sent, sent.scenario, lobbyIn)(s) : sent))
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const ids = useId()
  useEffect(() => {
    let current = true
    void seat.lobby().then((found) => {
      if (current) setLobby(found)
    })
    return () => {
      current = false
    }
  }, [seat])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    // Refused (the name or the role was taken meanwhile): show the seats as they are now.
    void seat.join(name.trim(), role === '' ? undefined : role).then((joined) => {
      if (!joined) void seat.lobby().then((found) => found && setLobby(found))
    })
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
