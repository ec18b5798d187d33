// A team's seat: type the code from the projector (or scan it), give a team name, then play. The
// token the server hands back stays in this browser, so a reload or a dropped connection comes back
// to the same team at the same phase. A team whose device was lost takes its seat back with a code from the
// facilitator; the page it left says the team carried on elsewhere, and offers nothing that would take it back.
import './live.css'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { formatHash, useGame } from '../../store'
import { joinCodeFrom, joining, type TeamSeat, teamSeat } from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { refusalWords } from '../words/refusals'
import { ConnectionNote } from './connection-note'
import { NameForm } from './name-form'
import { OfflineNote } from './offline-note'
import { RejoinForm } from './rejoin-form'
import { TeamPanel } from './team-panel'
import { useSeat } from './use-seat'

export default function JoinScreen({ code }: { code?: string | undefined }) {
  return code ? <Seat code={code} /> : <CodeForm />
}

function CodeForm() {
  const t = useText()
  const [code, setCode] = useState('')
  // Set by a Continue that found no code in what was typed; typing again takes the error away.
  const [refused, setRefused] = useState(false)
  const navigate = useGame((s) => s.navigate)
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const typed = joinCodeFrom(code)
  const wrong = refused && !typed
  // Continue stays enabled, so a keyboard reaches it and Enter always answers: with the session, or with why not.
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typed) void navigate({ name: 'join', code: typed })
    else {
      setRefused(true)
      field.current?.focus()
    }
  }
  return (
    <>
      <PageHeading title={t('live.join.title')} eyebrow={t('live.join.eyebrow')}>
        <p className="lede" id={`${id}-hint`}>
          {t('live.join.lede')}
        </p>
      </PageHeading>
      {/* Said before Continue, as on the other live pages: a code typed offline finds no server to answer. */}
      <OfflineNote />
      <form className="live-setup" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t('live.join.code')}</label>
        <input
          id={id}
          ref={field}
          className="code-input"
          value={code}
          onChange={(e) => {
            setCode(e.target.value)
            setRefused(false)
          }}
          aria-invalid={wrong}
          aria-describedby={wrong ? `${id}-hint ${id}-error` : `${id}-hint`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        {wrong ? (
          <p id={`${id}-error`} className="notice error" role="alert">
            {t('live.join.notACode')}
          </p>
        ) : null}
        <button type="submit" className="button">
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
  // A refused rejoin code is said beside its own field, any other refusal beside the join form.
  const error = state.error && refusalWords(state.error, t, code)
  const rejoinError = state.error?.request === 'rejoin' ? error : null
  return (
    <>
      <PageHeading title={t('live.join.session', { code })} eyebrow={t('live.join.eyebrow')} />
      <ConnectionNote connection={state.connection} />
      {state.unseated && state.error?.code === 'replaced' ? (
        <p className="notice" role="status">
          {error}
        </p>
      ) : joining(state) && state.lobby?.finished ? (
        <SessionEnded />
      ) : joining(state) ? (
        <>
          <NameForm
            sent={state.lobby}
            busy={state.busy}
            error={rejoinError ? null : error}
            onJoin={(name, role) => void seat.join(name, role)}
          />
          {/* A session that exists and is not over: a team already in it may take its seat back here. */}
          {state.lobby ? (
            <RejoinForm
              folded={state.lobby.open}
              busy={state.busy}
              error={rejoinError}
              onRejoin={(typed) => void seat.rejoin(typed)}
            />
          ) : null}
        </>
      ) : error ? (
        // The seat this browser holds, refused its resume: the team's screen cannot show, and the page says why.
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}

/** A late arrival at a session already over: no seat to take, and where its game can still be seen. */
function SessionEnded() {
  const t = useText()
  return (
    <>
      <p className="notice" role="status">
        {t('live.join.ended')}
      </p>
      <p>
        <a href={formatHash({ name: 'join' })}>{t('live.join.another')}</a>
      </p>
    </>
  )
}
