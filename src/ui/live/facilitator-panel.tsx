// The facilitator's dashboard, for a live session or a shared screen alike: the phase and its
// countdown with the controls that move it, who has submitted (never what), the injects to release,
// each table's revealed moves, the results files and, at the end, the debrief for the projector.
import { type ReactNode, useState } from 'react'
import type { FacilitatorBrief, FacilitatorCommandInput, FacilitatorView, InjectView } from '../../store'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { Countdown } from './countdown'
import { LiveMoves, roleTitle, stageLabel } from './live-moves'
import { TablesDebrief } from './tables-debrief'

type TeamRow = FacilitatorView['teams'][number]

export interface FacilitatorPanelProps {
  readonly brief: FacilitatorBrief
  readonly view: FacilitatorView
  readonly skew: number
  readonly busy: boolean
  readonly error: string | null
  readonly onCommand: (command: FacilitatorCommandInput) => void
  readonly onExport: (format: 'json' | 'csv') => void
  /** How teams reach the session: the join code and QR on a server, nothing on a shared screen. */
  readonly joining?: ReactNode
  /** What the facilitator can do for a team beside its status: hand it the device, on a shared screen. */
  readonly teamAction?: (team: TeamRow) => ReactNode
  /** Off on a shared screen, where every team would read every briefing. */
  readonly showBriefings?: boolean
}

export function FacilitatorPanel(props: FacilitatorPanelProps) {
  const {
    brief,
    view,
    skew,
    busy,
    error,
    onCommand,
    onExport,
    joining,
    teamAction,
    showBriefings = true,
  } = props
  const scenario = brief.scenario
  const phase = view.phase
  // The projector shows the debrief alone, larger, without the controls; the browser's full screen if it allows.
  const [projecting, setProjecting] = useState(false)
  const project = (on: boolean) => {
    setProjecting(on)
    if (on) void document.documentElement.requestFullscreen?.().catch(() => {})
    else if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
  }
  const title =
    phase.kind === 'lobby'
      ? 'Waiting for teams'
      : phase.kind === 'deciding'
        ? `Round ${phase.round}`
        : 'Debrief'
  if (projecting && phase.kind === 'finished' && view.debrief)
    return (
      <div className="projecting">
        <PageHeading title="Debrief" eyebrow={scenario.title} />
        <TablesDebrief debrief={view.debrief} scenario={scenario} />
        <button type="button" className="button secondary" onClick={() => project(false)}>
          Back to the dashboard
        </button>
      </div>
    )
  return (
    <div className="facilitator">
      <PageHeading title={title} eyebrow={`Facilitating · ${scenario.title}`} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}

      {phase.kind === 'finished' && view.debrief ? (
        <section className="projector" aria-label="Debrief for the projector">
          <button type="button" className="button" onClick={() => project(true)}>
            Show only the debrief, full screen
          </button>
          <TablesDebrief debrief={view.debrief} scenario={scenario} />
        </section>
      ) : null}

      <section className="control-bar" aria-label="Session controls">
        <Countdown phase={phase} skew={skew} />
        <Controls view={view} busy={busy} onCommand={onCommand} />
      </section>

      {phase.kind === 'lobby' && joining ? joining : null}

      <div className="two-columns">
        <section aria-labelledby="teams-title">
          <h2 id="teams-title">Teams ({view.teams.length})</h2>
          {view.teams.length === 0 ? (
            <p>No team has joined yet.</p>
          ) : (
            <ul className="team-list">
              {view.teams.map((t) => (
                <li key={t.id} className="team-row" data-testid={`team-${t.name}`}>
                  <span className="team-name">{t.name}</span>
                  <span className="team-seat">
                    {view.settings.format.kind === 'one-table' ? '' : `Table ${t.table} · `}
                    {t.roles.length === scenario.roles.length && scenario.roles.length > 1
                      ? 'every role'
                      : t.roles.map((r) => roleTitle(scenario, r)).join(', ')}
                  </span>
                  {phase.kind === 'finished' ? null : (
                    <SubmittedBadge submitted={phase.kind === 'lobby' ? 'joined' : t.submitted} />
                  )}
                  {teamAction ? teamAction(t) : null}
                </li>
              ))}
            </ul>
          )}
          {phase.kind !== 'lobby' && joining ? (
            <details className="join-again">
              <summary>Join code and link</summary>
              {joining}
            </details>
          ) : null}
        </section>
        <Injects
          injects={brief.injects}
          released={view.released}
          over={phase.kind === 'finished'}
          disabled={busy}
          onRelease={(inject) => onCommand({ kind: 'release', inject })}
        />
      </div>

      {phase.kind !== 'lobby' ? (
        <section aria-labelledby="tables-title">
          <h2 id="tables-title">The tables</h2>
          <div className="cards">
            {view.tables.map((t) => (
              <article key={t.table} className="card table-card" aria-label={`Table ${t.table}`}>
                <h3>Table {t.table}</h3>
                <p className="table-status">
                  {t.status === 'finished'
                    ? 'Played out.'
                    : t.pending
                      ? `${stageLabel(t.pending.stage)}: waiting for ${t.pending.team} (${roleTitle(scenario, t.pending.role)})${t.pending.submitted ? ' — submitted' : ''}.`
                      : 'Waiting.'}
                </p>
                <LiveMoves moves={t.moves} scenario={scenario} empty="No move revealed yet." />
              </article>
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p>
          Every table's decisions and outcomes, with the session's settings, for a spreadsheet or an archive.
        </p>
        <div className="button-row">
          <button type="button" className="button secondary" disabled={busy} onClick={() => onExport('csv')}>
            Download results (CSV)
          </button>
          <button type="button" className="button secondary" disabled={busy} onClick={() => onExport('json')}>
            Download results (JSON)
          </button>
        </div>
      </section>

      {showBriefings ? (
        <details className="briefings">
          <summary>Every role's briefing</summary>
          {brief.briefings.map((b) => (
            <section key={b.id} aria-label={b.title}>
              <h3>{b.title}</h3>
              <MarkdownText source={b.briefing} />
            </section>
          ))}
        </details>
      ) : null}
    </div>
  )
}

function SubmittedBadge({ submitted }: { submitted: boolean | null | 'joined' }) {
  if (submitted === 'joined') return <span className="status done">Joined</span>
  if (submitted === null) return <span className="status idle">No decision owed</span>
  return submitted ? (
    <span className="status done">Submitted</span>
  ) : (
    <span className="status waiting">Deciding…</span>
  )
}

function Controls({
  view,
  busy,
  onCommand,
}: {
  view: FacilitatorView
  busy: boolean
  onCommand: (command: FacilitatorCommandInput) => void
}) {
  const phase = view.phase
  const button = (label: string, command: FacilitatorCommandInput, primary = false, disabled = false) => (
    <button
      type="button"
      className={primary ? 'button' : 'button secondary'}
      disabled={busy || disabled}
      onClick={() => onCommand(command)}
    >
      {label}
    </button>
  )
  if (phase.kind === 'lobby')
    return (
      <div className="button-row">
        {button('Start the session', { kind: 'start' }, true, view.teams.length === 0)}
      </div>
    )
  if (phase.kind === 'finished') return <p className="phase-note">The session is over.</p>
  const clock = phase.clock
  return (
    <div className="button-row">
      {button(
        view.allSubmitted ? 'Reveal the decisions' : 'Reveal now (the engine stands in)',
        { kind: 'advance' },
        true,
      )}
      {phase.open ? button('End the round', { kind: 'close' }) : null}
      {clock.kind === 'running' ? button('Pause', { kind: 'pause' }) : null}
      {clock.kind === 'paused' ? button('Resume', { kind: 'resume' }) : null}
      {button('+1 minute', { kind: 'extend', seconds: 60 })}
      {button('Finish the session', { kind: 'finish' })}
    </div>
  )
}

function Injects({
  injects,
  released,
  over,
  disabled,
  onRelease,
}: {
  injects: readonly InjectView[]
  released: FacilitatorView['released']
  /** The session is finished: what was released stays listed, nothing more can be. */
  over: boolean
  disabled: boolean
  onRelease: (inject: string) => void
}) {
  return (
    <section aria-labelledby="injects-title">
      <h2 id="injects-title">Injects</h2>
      {injects.length === 0 ? (
        <p>This scenario has no injects.</p>
      ) : (
        <ul className="inject-list">
          {injects.map((i) => {
            const out = released.find((r) => r.inject === i.id)
            return (
              <li key={i.id} className={out ? 'released' : ''}>
                <p className="inject-title">{i.title}</p>
                <p className="inject-text">{i.text}</p>
                {out ? (
                  <p className="status done">
                    Released {out.round === 0 ? 'before the start' : `in round ${out.round}`}
                  </p>
                ) : over ? (
                  <p className="status idle">Not released</p>
                ) : (
                  <button
                    type="button"
                    className="button secondary"
                    disabled={disabled}
                    onClick={() => onRelease(i.id)}
                    aria-label={`Release: ${i.title}`}
                  >
                    Release
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
