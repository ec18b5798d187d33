// The facilitator's dashboard, for a live session or a shared screen alike: the phase and its
// countdown with the controls that move it, who has submitted (never what), the injects to release,
// each table's revealed moves, the results files and, at the end, the debrief for the projector.
import { type ReactNode, useState } from 'react'
import {
  type FacilitatorBrief,
  type FacilitatorCommandInput,
  type FacilitatorView,
  facilitatorBriefIn,
  facilitatorViewIn,
  selectLiveInLanguage,
  selectWaitingForTranslations,
  useGame,
} from '../../store'
import { Loading } from '../components/loading'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { SourcesScope } from '../components/source-scope'
import { useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { Countdown } from './countdown'
import { FacilitatorControls } from './facilitator-controls'
import { FacilitatorInjects } from './facilitator-injects'
import { LiveMoves, roleTitle, stageLabel } from './live-moves'
import { ProjectedDebrief } from './projected-debrief'
import { SubmissionNews } from './submission-news'
import { TablesDebrief } from './tables-debrief'
import { DashboardTeamRow } from './team-row'
import { useTimeUp } from './use-time-up'

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
  const t = useText()
  const { skew, busy, error, onCommand, onExport, joining, teamAction, showBriefings = true } = props
  const id = props.brief.scenario.id
  const brief = useGame(selectLiveInLanguage(props.brief, id, facilitatorBriefIn))
  const view = useGame(selectLiveInLanguage(props.view, id, facilitatorViewIn))
  // The crisis in the facilitator's language, or, during a switch, in the one it was shown in until the new words come; on a
  // first visit in Russian nothing of it until then, never its English first.
  const waiting = useGame(selectWaitingForTranslations)
  const scenario = brief.scenario
  const phase = view.phase
  // One answer to whether time is up, for the countdown and the buttons beside it alike.
  const timeUp = useTimeUp(phase, skew)
  // The projector shows the debrief alone (projected-debrief.tsx); the browser's full screen if it allows.
  const [projecting, setProjecting] = useState(false)
  const project = (on: boolean) => {
    setProjecting(on)
    if (on) void document.documentElement.requestFullscreen?.().catch(() => {})
    else if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
  }
  const title =
    phase.kind === 'lobby'
      ? t('live.panel.waiting')
      : phase.kind === 'deciding'
        ? t('live.round', { round: phase.round })
        : t('live.debrief.title')
  if (waiting) return <Loading />
  if (projecting && phase.kind === 'finished' && view.debrief)
    return (
      <ProjectedDebrief
        debrief={view.debrief}
        tables={view.tables}
        scenario={scenario}
        onLeave={() => project(false)}
      />
    )
  return (
    <div className="facilitator">
      <PageHeading title={title} eyebrow={t('live.panel.eyebrow', { title: scenario.title })} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}

      {phase.kind === 'finished' && view.debrief ? (
        <section className="projector" aria-label={t('live.panel.projector')}>
          <button type="button" className="button" onClick={() => project(true)}>
            {t('live.panel.project')}
          </button>
          <TablesDebrief debrief={view.debrief} tables={view.tables} scenario={scenario} />
        </section>
      ) : null}

      <section className="control-bar" aria-label={t('live.panel.controls')}>
        <Countdown phase={phase} skew={skew} timeUp={timeUp} />
        <FacilitatorControls view={view} timeUp={timeUp} busy={busy} onCommand={onCommand} />
      </section>

      {phase.kind === 'lobby' && joining ? joining : null}

      <div className="two-columns">
        <section aria-labelledby="teams-title">
          <h2 id="teams-title">{t('live.panel.teams', { count: view.teams.length })}</h2>
          <SubmissionNews view={view} />
          {view.teams.length === 0 ? (
            <p>{t('live.panel.noTeam')}</p>
          ) : (
            <ul className="team-list">
              {view.teams.map((team) => (
                <DashboardTeamRow
                  key={team.id}
                  team={team}
                  view={view}
                  scenario={scenario}
                  skew={skew}
                  connection={Boolean(joining)}
                  action={teamAction ? teamAction(team) : null}
                />
              ))}
            </ul>
          )}
          {phase.kind !== 'lobby' && joining ? (
            <details className="join-again">
              <summary>{t('live.panel.joinAgain')}</summary>
              {joining}
            </details>
          ) : null}
        </section>
        <FacilitatorInjects
          injects={brief.injects}
          sources={scenario.sources}
          released={view.released}
          over={phase.kind === 'finished'}
          disabled={busy}
          onRelease={(inject) => onCommand({ kind: 'release', inject })}
        />
      </div>

      {phase.kind !== 'lobby' ? (
        <section aria-labelledby="tables-title">
          <h2 id="tables-title">{t('live.panel.tables')}</h2>
          <div className="cards">
            {view.tables.map((table) => (
              <article
                key={table.table}
                className="card table-card"
                aria-label={t('live.table', { table: table.table })}
              >
                <h3>{t('live.table', { table: table.table })}</h3>
                <p className="table-status">
                  {table.status === 'finished'
                    ? t('live.panel.playedOut')
                    : table.pending
                      ? t(table.pending.submitted ? 'live.panel.pendingSubmitted' : 'live.panel.pending', {
                          stage: stageLabel(table.pending.stage),
                          team: table.pending.team,
                          role: midSentence(roleTitle(scenario, table.pending.role)),
                        })
                      : t('live.panel.waitingShort')}
                </p>
                <LiveMoves moves={table.moves} scenario={scenario} empty={t('live.noMove')} />
              </article>
            ))}
          </div>
        </section>
      ) : null}

      {/* The results once there are some: a revealed move, or the session over. */}
      {phase.kind === 'finished' || view.tables.some((table) => table.moves.length > 0) ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('live.panel.results')}</h2>
          <p>{t('live.panel.resultsText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => onExport('csv')}
            >
              {t('live.panel.csv')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => onExport('json')}
            >
              {t('live.panel.json')}
            </button>
          </div>
        </section>
      ) : null}

      {showBriefings ? (
        <details className="briefings">
          {/* The fold's name is a heading of the page's level two: the briefings' own h3s stand under it, not
              under the results above it. A summary may hold one heading. */}
          <summary>
            <h2>{t('live.panel.briefings')}</h2>
          </summary>
          {/* Their sources inside the fold, as the briefings are: the room may be reading this screen. */}
          <SourcesScope
            scope="live-briefings"
            sources={scenario.sources}
            texts={brief.briefings.map((b) => b.briefing)}
            heading="h3"
            about={t('live.panel.briefings')}
          >
            {brief.briefings.map((b) => (
              <section key={b.id} aria-label={b.title}>
                <h3>{b.title}</h3>
                <MarkdownText source={b.briefing} sources={scenario.sources} />
              </section>
            ))}
          </SourcesScope>
        </details>
      ) : null}
    </div>
  )
}
