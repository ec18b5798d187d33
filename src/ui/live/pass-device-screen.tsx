// Pass-the-device: the whole exercise on one shared screen, with no server. The facilitator's
// dashboard is the table; a team takes the device behind a hand-over screen, reads its own briefing,
// decides in secret, and hands the device back behind a sealed screen, so nobody sees another's.
import './live.css'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { useStore } from 'zustand'
import { type LibraryEntry, type Scenario, selectLibrary, type TeamId, useGame } from '../../store'
import {
  browserStorage,
  forgetPassDevice,
  type PassDevice,
  type PassDeviceSetup,
  type Resumed,
  resumePassDevice,
  startPassDevice,
} from '../../store/live'
import { PageHeading } from '../components/page-heading'
import { download } from './download'
import { FacilitatorPanel } from './facilitator-panel'
import { TeamPanel } from './team-panel'

const deps = { now: () => Date.now(), storage: browserStorage() }

export default function PassDeviceScreen() {
  const library = useGame(selectLibrary)
  const [device, setDevice] = useState<PassDevice | null>(null)
  // An exercise this device was running when the page closed: offered back, never resumed unasked.
  const [kept, setKept] = useState<Resumed>({ status: 'none' })
  const [looked, setLooked] = useState(false)
  useEffect(() => {
    if (library.status !== 'ready' || looked) return
    setLooked(true)
    setKept(resumePassDevice(scenariosOf(library.entries), deps))
  }, [library, looked])
  const discard = () => {
    forgetPassDevice(deps.storage)
    setKept({ status: 'none' })
    setDevice(null)
  }
  if (device) return <Exercise device={device} onDiscard={discard} />
  return (
    <>
      {kept.status === 'ok' ? (
        <section className="notice" aria-labelledby="kept-title">
          <p id="kept-title">
            An exercise on <strong>{kept.title}</strong> is in progress on this device.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setDevice(kept.device)}>
              Resume it
            </button>
            <button type="button" className="button secondary" onClick={discard}>
              Discard it
            </button>
          </div>
        </section>
      ) : null}
      {kept.status === 'unreadable' ? (
        <div className="notice warning" role="alert">
          <p>
            An exercise was kept on this device, but it cannot be read back (it is damaged, or its scenario is
            no longer in this browser). Starting a new one replaces it.
          </p>
        </div>
      ) : null}
      <Setup onStart={setDevice} />
    </>
  )
}

const scenariosOf = (entries: readonly LibraryEntry[]): Scenario[] =>
  entries.flatMap((e) => (e.ok ? [e.scenario] : []))

/** The engine's bounded rationality, as in the single-player game. */
const TEMPERATURE = 0.02
const newSeed = (): number => Math.floor(Math.random() * (2 ** 31 - 1))

function Setup({ onStart }: { onStart: (device: PassDevice) => void }) {
  const library = useGame(selectLibrary)
  const scenarios = library.status === 'ready' ? scenariosOf(library.entries) : []
  const [scenarioId, setScenarioId] = useState('')
  const scenario: Scenario | undefined = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0]
  const [format, setFormat] = useState<PassDeviceSetup['format']['kind']>('one-table')
  const [teams, setTeams] = useState([
    { name: 'Team 1', role: '' },
    { name: 'Team 2', role: '' },
    { name: 'Team 3', role: '' },
  ])
  const [minutes, setMinutes] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!scenario) return
    const named = teams.map((t) => ({ name: t.name.trim(), role: t.role || undefined }))
    if (named.some((t) => t.name === '')) return setError('Give every team a name.')
    const started = startPassDevice(
      {
        scenario,
        format: { kind: format },
        teams: format === 'one-table' ? named : named.map((t) => ({ name: t.name })),
        roundSeconds: Math.round(minutes * 60),
        seed: newSeed(),
        temperature: TEMPERATURE,
      },
      deps,
    )
    if (started.ok) onStart(started.device)
    else setError(started.message)
  }

  return (
    <>
      <PageHeading title="Pass the device" eyebrow="Group exercise, one screen">
        <p className="lede">
          No server needed. Teams take this device in turn; a hand-over screen keeps each team's briefing and
          decision from the others, and the decisions are revealed together.
        </p>
      </PageHeading>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {library.status !== 'ready' ? <p role="status">Loading the scenarios…</p> : null}
      <form className="live-setup" onSubmit={submit}>
        <label htmlFor={`${ids}-scenario`}>Scenario</label>
        <select
          id={`${ids}-scenario`}
          value={scenario?.id ?? ''}
          onChange={(e) => setScenarioId(e.target.value)}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>How teams sit</legend>
          <label className="choice">
            <input type="radio" checked={format === 'one-table'} onChange={() => setFormat('one-table')} />
            <span>
              <strong>One table</strong>{' '}
              <span className="choice-help">Each team plays one actor; the engine plays the rest.</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              checked={format === 'parallel-whole'}
              onChange={() => setFormat('parallel-whole')}
            />
            <span>
              <strong>A table per team</strong>{' '}
              <span className="choice-help">Each team plays every role of its own table, to compare.</span>
            </span>
          </label>
        </fieldset>
        <fieldset>
          <legend>Teams, in the order they take the device</legend>
          {teams.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; position is identity
            <div key={i} className="team-setup">
              <label>
                Name{' '}
                <input
                  value={t.name}
                  maxLength={40}
                  onChange={(e) =>
                    setTeams(teams.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                  }
                />
              </label>
              {format === 'one-table' && scenario ? (
                <label>
                  Plays{' '}
                  <select
                    value={t.role}
                    onChange={(e) =>
                      setTeams(teams.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))
                    }
                  >
                    <option value="">the first free role</option>
                    {scenario.roles.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {teams.length > 1 ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setTeams(teams.filter((_, j) => j !== i))}
                  aria-label={`Remove ${t.name || `team ${i + 1}`}`}
                >
                  Remove
                </button>
              ) : null}
            </div>
          ))}
          {teams.length < 8 ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => setTeams([...teams, { name: `Team ${teams.length + 1}`, role: '' }])}
            >
              Add a team
            </button>
          ) : null}
        </fieldset>
        <label htmlFor={`${ids}-minutes`}>Minutes per round (0 for no countdown)</label>
        <input
          id={`${ids}-minutes`}
          type="number"
          min={0}
          max={60}
          step={0.5}
          value={minutes}
          onChange={(e) => setMinutes(Math.min(60, Math.max(0, Number(e.target.value) || 0)))}
        />
        <button type="submit" className="button" disabled={!scenario}>
          Seat the teams
        </button>
      </form>
    </>
  )
}

/** Who holds the device: the facilitator's table, a team behind its hand-over, or a team sealing its turn. */
type Holder =
  | { readonly kind: 'table' }
  | { readonly kind: 'handover'; readonly team: TeamId }
  | { readonly kind: 'team'; readonly team: TeamId }
  | { readonly kind: 'sealed'; readonly team: TeamId }

function Exercise({ device, onDiscard }: { device: PassDevice; onDiscard: () => void }) {
  const state = useStore(device.store)
  const [holder, setHolder] = useState<Holder>({ kind: 'table' })
  const toTable = () => setHolder({ kind: 'table' })
  const nameOf = (team: TeamId) => state.session.teams.find((t) => t.id === team)?.name ?? team

  switch (holder.kind) {
    case 'handover':
      return (
        <section className="handover" aria-labelledby="handover-title">
          <PageHeading title={`Pass the device to ${nameOf(holder.team)}`} eyebrow="Hand-over" />
          <p className="lede">Everyone else, look away: what follows is this team's alone.</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => setHolder({ kind: 'team', team: holder.team })}
            >
              We are {nameOf(holder.team)}: show our screen
            </button>
            <button type="button" className="button secondary" onClick={toTable}>
              Back to the table
            </button>
          </div>
        </section>
      )
    case 'team': {
      const { brief, view } = device.team(state, holder.team)
      return (
        <>
          <TeamPanel
            brief={brief}
            view={view}
            skew={0}
            error={state.error}
            onSubmit={(round, decision) => {
              if (device.submit(holder.team, round, decision))
                setHolder({ kind: 'sealed', team: holder.team })
            }}
          />
          <p>
            <button type="button" className="button secondary" onClick={toTable}>
              Hide our screen and hand back
            </button>
          </p>
        </>
      )
    }
    case 'sealed':
      return (
        <section className="handover" aria-labelledby="sealed-title">
          <PageHeading title="Decision sealed" eyebrow={nameOf(holder.team)} />
          <p className="lede">Nobody sees it until the reveal. Pass the device back to the facilitator.</p>
          <button type="button" className="button" onClick={toTable}>
            Back to the table
          </button>
        </section>
      )
    case 'table': {
      const { brief, view } = device.facilitator(state)
      const phase = view.phase.kind
      return (
        <>
          <FacilitatorPanel
            brief={brief}
            view={view}
            skew={0}
            busy={false}
            error={state.error}
            onCommand={(command) => device.command(command)}
            onExport={(format) => download(device.results(format))}
            showBriefings={false}
            teamAction={(team) =>
              phase === 'lobby' || team.submitted === false ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setHolder({ kind: 'handover', team: team.id as TeamId })}
                >
                  {phase === 'lobby' ? `Hand over for the briefing` : `Hand over to decide`}
                  <span className="visually-hidden"> ({team.name})</span>
                </button>
              ) : null
            }
          />
          <NewExercise onDiscard={onDiscard} />
        </>
      )
    }
  }
}

/** Two steps, so a stray click at the end of a long workshop does not throw the exercise away. */
function NewExercise({ onDiscard }: { onDiscard: () => void }) {
  const [asking, setAsking] = useState(false)
  return (
    <section aria-labelledby="new-exercise-title">
      <h2 id="new-exercise-title">A new exercise</h2>
      {asking ? (
        <div className="button-row">
          <p>This device keeps one exercise: a new one discards this one and its results.</p>
          <button type="button" className="button" onClick={onDiscard}>
            Discard this exercise
          </button>
          <button type="button" className="button secondary" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button secondary" onClick={() => setAsking(true)}>
          Set up a new exercise
        </button>
      )}
    </section>
  )
}
