// A team's screen, live or on a shared device: its own briefing, the news released so far, the
// decision it owes this round (secret until the reveal), its table's revealed moves and, at the
// end, the debrief comparing every table.
import type { TeamBrief, TeamView } from '../../store'
import { MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { STAGE_COPY } from '../decision-help'
import { Countdown, useSubmissionsOpen } from './countdown'
import { LiveMoves, roleTitle, stageLabel } from './live-moves'
import { TablesDebrief } from './tables-debrief'
import { TurnForm } from './turn-form'

export interface TeamPanelProps {
  readonly brief: TeamBrief
  readonly view: TeamView
  readonly skew: number
  readonly error: string | null
  readonly onSubmit: (round: number, decision: string) => void
}

export function TeamPanel({ brief, view, skew, error, onSubmit }: TeamPanelProps) {
  const scenario = brief.scenario
  const phase = view.phase
  const submissionsOpen = useSubmissionsOpen(phase, skew)
  const seat = brief.team.roles.length > 1 ? 'every role' : brief.team.roles.map((r) => r.title).join(', ')
  const title =
    phase.kind === 'finished'
      ? 'Debrief'
      : view.turn
        ? STAGE_COPY[view.turn.stage].question
        : phase.kind === 'lobby'
          ? 'Your briefing'
          : `Round ${phase.round}`
  return (
    <div className="team">
      <PageHeading title={title} eyebrow={`${view.team.name} · ${seat} · ${scenario.title}`} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {phase.kind === 'deciding' ? <Countdown phase={phase} skew={skew} /> : null}
      <News view={view} />

      {phase.kind === 'lobby' ? (
        <p className="lede">
          You are in. Read your briefing while the other teams join; the facilitator starts the session.
        </p>
      ) : null}

      {phase.kind === 'deciding' ? (
        view.turn ? (
          <section aria-label="Your decision">
            {view.turn.role !== brief.team.roles[0]?.id || brief.team.roles.length > 1 ? (
              <p className="eyebrow">As {roleTitle(scenario, view.turn.role)}</p>
            ) : null}
            <p className="lede">{STAGE_COPY[view.turn.stage].intro}</p>
            <TurnForm
              turn={view.turn}
              open={submissionsOpen}
              start={scenario.dates.start}
              onSubmit={onSubmit}
            />
          </section>
        ) : (
          <p className="notice" role="status">
            {view.waitingFor
              ? `${stageLabel(view.waitingFor.stage)}: ${view.waitingFor.team} (${roleTitle(scenario, view.waitingFor.role)}) is deciding. Your turn comes after the reveal.`
              : view.table?.status === 'finished'
                ? 'Your table has played out. The debrief comes when every table has finished.'
                : 'Nothing for your team to decide this round. Wait for the reveal.'}
          </p>
        )
      ) : null}

      {phase.kind === 'finished' && view.debrief ? (
        <TablesDebrief debrief={view.debrief} scenario={scenario} />
      ) : null}

      {view.table && phase.kind !== 'lobby' ? (
        <section aria-labelledby="table-title">
          <h2 id="table-title">Your table so far</h2>
          <LiveMoves moves={view.table.moves} scenario={scenario} empty="No move revealed yet." />
        </section>
      ) : null}

      <Briefings brief={brief} open={phase.kind === 'lobby'} />
    </div>
  )
}

function News({ view }: { view: TeamView }) {
  if (view.injects.length === 0) return null
  return (
    <section className="news" aria-labelledby="news-title">
      <h2 id="news-title">News</h2>
      <ul>
        {[...view.injects].reverse().map((i) => (
          <li key={i.id}>
            <p className="inject-title">{i.title}</p>
            <p className="inject-text">{i.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Briefings({ brief, open }: { brief: TeamBrief; open: boolean }) {
  const body = (
    <>
      <MarkdownText source={brief.scenario.background} />
      {brief.team.roles.map((r) => (
        <section key={r.id} aria-label={`Briefing: ${r.title}`}>
          <h3>{r.title}</h3>
          <MarkdownText source={r.briefing} />
        </section>
      ))}
    </>
  )
  return open ? (
    <section className="briefing" aria-labelledby="briefing-title">
      <h2 id="briefing-title">Your private briefing</h2>
      {body}
    </section>
  ) : (
    <details className="briefing">
      <summary>Your private briefing</summary>
      {body}
    </details>
  )
}
