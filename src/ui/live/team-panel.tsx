// A team's screen, live or on a shared device: its own briefing, the news released so far, the
// decision it owes this round (secret until the reveal), its table's revealed moves and, at the
// end, the debrief comparing every table. The briefing's, the news's and the debrief's markers lead to
// the sources they cite, in one list, last.
import {
  type Source,
  selectLiveInLanguage,
  selectWaitingForTranslations,
  type TeamBrief,
  type TeamView,
  teamBriefIn,
  teamViewIn,
  useGame,
} from '../../store'
import { turnPoint } from '../../store/engine-face'
import { Loading } from '../components/loading'
import { CitedText, MarkdownText } from '../components/markdown-text'
import { PageHeading } from '../components/page-heading'
import { SourcesScope } from '../components/source-scope'
import { useLanguage, useText } from '../i18n/use-text'
import { midSentence } from '../words/mid-sentence'
import { stageIntro } from '../words/stage-intro'
import { Countdown } from './countdown'
import { debriefCiting } from './debrief-texts'
import { LiveMoves, roleTitle, stageLabel } from './live-moves'
import { TablesDebrief } from './tables-debrief'
import { TurnForm } from './turn-form'
import { submissionsOpen, useTimeUp } from './use-time-up'

export interface TeamPanelProps {
  readonly brief: TeamBrief
  readonly view: TeamView
  readonly skew: number
  readonly error: string | null
  readonly onSubmit: (round: number, decision: string) => void
}

export function TeamPanel({ skew, error, onSubmit, ...sent }: TeamPanelProps) {
  const t = useText()
  const language = useLanguage()
  const brief = useGame(selectLiveInLanguage(sent.brief, sent.brief.scenario.id, teamBriefIn))
  const view = useGame(selectLiveInLanguage(sent.view, sent.brief.scenario.id, teamViewIn))
  const scenario = brief.scenario
  const phase = view.phase
  // One answer to whether time is up, for the countdown and the form alike: the form closes as the clock says so.
  const timeUp = useTimeUp(phase, skew)
  // The crisis in this seat's language, or, during a switch, in the one it was shown in until the new words come; on a
  // first visit in Russian nothing of it until then, never its English first.
  const waiting = useGame(selectWaitingForTranslations)
  const seat =
    brief.team.roles.length > 1 ? t('live.team.everyRole') : brief.team.roles.map((r) => r.title).join(', ')
  const title =
    phase.kind === 'finished'
      ? t('live.debrief.title')
      : view.turn
        ? t(`help.stage.${view.turn.stage}.question`)
        : phase.kind === 'lobby'
          ? t('live.team.briefing')
          : t('live.round', { round: phase.round })
  // What this screen shows that may cite: never an inject not yet released (the view holds only those out);
  // once the game is over, the debrief's texts too, listed here rather than in a second list of their own.
  const debrief = phase.kind === 'finished' ? view.debrief : null
  const cited = [
    scenario.background,
    ...brief.team.roles.map((r) => r.briefing),
    ...view.injects.map((i) => i.text),
    ...(debrief ? debriefCiting(debrief) : []),
  ]
  if (waiting) return <Loading />
  return (
    <SourcesScope scope="live-team" sources={scenario.sources} texts={cited}>
      <div className="team">
        <PageHeading title={title} eyebrow={`${view.team.name} · ${seat} · ${scenario.title}`} />
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        {/* Every team waits on the round's clock; only one that still owes its decision is warned by it. On the page
            from the lobby on, empty until a round, as on the facilitator's and the projector's screens: a live region
            that arrives already filled in is not announced by every screen reader. */}
        <Countdown
          phase={phase}
          skew={skew}
          timeUp={timeUp}
          quiet={view.turn === null || view.turn.submitted !== null}
        />
        <News view={view} sources={scenario.sources} />

        {phase.kind === 'lobby' ? <p className="lede">{t('live.team.lobby')}</p> : null}

        {phase.kind === 'deciding' ? (
          view.turn ? (
            <section aria-label={t('live.team.decision')}>
              {view.turn.role !== brief.team.roles[0]?.id || brief.team.roles.length > 1 ? (
                <p className="eyebrow">
                  {t('live.team.as', { role: midSentence(roleTitle(scenario, view.turn.role)) })}
                </p>
              ) : null}
              <p className="lede">{stageIntro(turnPoint(view.turn), t, language)}</p>
              <TurnForm
                turn={view.turn}
                open={submissionsOpen(phase, timeUp)}
                start={scenario.dates.start}
                onSubmit={onSubmit}
              />
            </section>
          ) : (
            <p className="notice" role="status">
              {view.waitingFor
                ? // Whether a turn can still come to this team: if none can, its part is played, and it is told so.
                  t(view.waitingFor.turnLeft ? 'live.team.waiting' : 'live.team.waitingDone', {
                    stage: stageLabel(view.waitingFor.stage),
                    team: view.waitingFor.team,
                    role: midSentence(roleTitle(scenario, view.waitingFor.role)),
                  })
                : view.table?.status === 'finished'
                  ? t('live.team.tableDone')
                  : t('live.team.nothing')}
            </p>
          )
        ) : null}

        {debrief ? (
          <>
            <p className="lede" role="status">
              {t('live.team.finished')}
            </p>
            <TablesDebrief
              debrief={debrief}
              tables={debrief.tables}
              scenario={scenario}
              sourcesListedByScreen
            />
          </>
        ) : null}

        {view.table && phase.kind !== 'lobby' ? (
          <section aria-labelledby="table-title">
            {/* "So far" while the game runs; once it is over, the table's whole game, under the debrief. */}
            <h2 id="table-title">
              {t(phase.kind === 'finished' ? 'live.team.tableGame' : 'live.team.table')}
            </h2>
            <LiveMoves moves={view.table.moves} scenario={scenario} empty={t('live.noMove')} />
          </section>
        ) : null}

        <Briefings brief={brief} open={phase.kind === 'lobby'} />
      </div>
    </SourcesScope>
  )
}

function News({ view, sources }: { view: TeamView; sources: readonly Source[] }) {
  const t = useText()
  if (view.injects.length === 0) return null
  return (
    <section className="news" aria-labelledby="news-title">
      <h2 id="news-title">{t('live.team.news')}</h2>
      <ul>
        {[...view.injects].reverse().map((i) => (
          <li key={i.id}>
            <p className="inject-title">{i.title}</p>
            <p className="inject-text">
              <CitedText text={i.text} sources={sources} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Briefings({ brief, open }: { brief: TeamBrief; open: boolean }) {
  const t = useText()
  const body = (
    <>
      <MarkdownText source={brief.scenario.background} sources={brief.scenario.sources} />
      {brief.team.roles.map((r) => (
        <section key={r.id} aria-label={t('live.team.briefingOf', { role: r.title })}>
          <h3>{r.title}</h3>
          <MarkdownText source={r.briefing} sources={brief.scenario.sources} />
        </section>
      ))}
    </>
  )
  return open ? (
    <section className="briefing" aria-labelledby="briefing-title">
      <h2 id="briefing-title">{t('live.team.private')}</h2>
      {body}
    </section>
  ) : (
    <details className="briefing">
      <summary>{t('live.team.private')}</summary>
      {body}
    </details>
  )
}
