// A team's seat: type the code from the projector (or scan it), give a team name, then play. The
// token the server hands back stays in this browser, so a reload or a dropped connection comes back
// to the same team at the same phase.
import './live.css'
import { type FormEvent, useId, useState } from 'react'
import { useStore } from 'zustand'
import { type TeamSeat, teamSeat } from '../../store/live'
import { formatHash } from '../../store/route'
import { PageHeading } from '../components/page-heading'
import { ConnectionNote } from './connection-note'
import { TeamPanel } from './team-panel'
import { useSeat } from './use-seat'

export default function JoinScreen({ code }: { code?: string | undefined }) {
  return code ? <Seat code={code} /> : <CodeForm />
}

function CodeForm() {
  const [code, setCode] = useState('')
  const id = useId()
  const valid = /^[A-Za-z0-9]{6}$/.test(code.trim())
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (valid) window.location.hash = formatHash({ name: 'join', code: code.trim().toUpperCase() })
  }
  return (
    <>
      <PageHeading title="Join a session" eyebrow="Teams">
        <p className="lede">Type the six-character code your facilitator shows.</p>
      </PageHeading>
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={id}>Join code</label>
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
          Continue
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
  const state = useStore(seat.store)
  if (state.brief && state.view)
    return (
      <>
        <ConnectionNote connection={state.connection} />
        <TeamPanel
          brief={state.brief}
          view={state.view}
          skew={state.skew}
          error={state.error}
          onSubmit={(round, decision) => void seat.submit(round, decision)}
        />
      </>
    )
  return (
    <>
      <PageHeading title={`Join session ${code}`} eyebrow="Teams" />
      <ConnectionNote connection={state.connection} />
      {state.unseated && state.connection === 'online' ? (
        <NameForm busy={state.busy} error={state.error} onJoin={(name) => void seat.join(name)} />
      ) : null}
    </>
  )
}

function NameForm({
  busy,
  error,
  onJoin,
}: {
  busy: boolean
  error: string | null
  onJoin: (name: string) => void
}) {
  const [name, setName] = useState('')
  const id = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() !== '') onJoin(name.trim())
  }
  return (
    <form className="live-setup" onSubmit={submit}>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <label htmlFor={id}>Team name</label>
      <input
        id={id}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={40}
        autoComplete="off"
      />
      <button type="submit" className="button" disabled={busy || name.trim() === ''}>
        Join
      </button>
    </form>
  )
}
