// The debrief: the game in short with links to each part, the score told fairly, what the game led to indicator by
// indicator, the treaty rule by rule, what each actor wanted in plain words, the game beside history, the
// student's own answers to the discussion questions, and the sources. It prints cleanly to hand in.
import './debrief.css'
import './print.css'
import { type ReactNode, useMemo } from 'react'
import {
  actorsWhoMoved,
  departures,
  type FairScore,
  type GameView,
  type Move,
  objectivesOf,
  type Report,
} from '../../store'
import { numberedSources } from '../../store/other-pages'
import { HistoryComparison } from '../components/history-comparison'
import { useOpenOnPaper } from '../components/open-on-paper'
import { OutcomeBands } from '../components/outcome-bands'
import { PageHeading } from '../components/page-heading'
import { ScorePanel } from '../components/score-panel'
import { SourceListScope } from '../components/source-scope'
import { SourcesList } from '../components/sources-list'
import { VerdictRules } from '../components/verdict-rules'
import { type Translate, useText } from '../i18n/use-text'
import { NotFinished } from '../screens/not-finished'
import { midSentence } from '../words/mid-sentence'
import { ActorsSection } from './actors-section'
import { DebriefSummary, type Section } from './debrief-summary'
import { Departures } from './departures'
import { Discussion } from './discussion'
import { PrintedName } from './hand-in-name'
import { ObjectivesList } from './objectives-list'
import { PlayAgain } from './play-again'
import { drawnSoFar, inSteps, type PartInTurn, stepsOf, useInTurn, whole } from './use-in-turn'

export function DebriefScreen({ view }: { view: GameView }) {
  if (view.result.status !== 'finished' || !view.score) return <NotFinished />
  const { report, moves } = view.result
  return <FinishedDebrief view={view} report={report} moves={moves} score={view.score} />
}

function FinishedDebrief({
  view,
  report,
  moves,
  score,
}: {
  view: GameView
  report: Report
  moves: readonly Move[]
  score: FairScore
}) {
  const t = useText()
  // Made once for the game: each step of useInTurn below draws the page again, and React leaves alone every element
  // it gets again unchanged (the heading, the summary, the parts drawn already).
  const page = useMemo(() => debriefPage(t, view, report, moves, score), [t, view, report, moves, score])
  const steps = stepsOf(page.parts)
  const shown = useInTurn(steps)
  // After useInTurn: on paper every part is drawn first, then what is folded in them opens.
  useOpenOnPaper(steps)
  return (
    // Every marker on the page leads to its entry in the sources, the last part.
    <SourceListScope value="debrief">
      {/* Busy until every part has been drawn: a screen reader waits for the whole page, and so can a test. */}
      <article className="debrief" aria-busy={shown < steps}>
        {page.top}
        {drawnSoFar(page.parts, shown)}
      </article>
    </SourceListScope>
  )
}

/** The debrief's heading and summary, drawn at once, and its parts, drawn in turn. */
function debriefPage(
  t: Translate,
  view: GameView,
  report: Report,
  moves: readonly Move[],
  score: FairScore,
): { readonly top: ReactNode; readonly parts: readonly PartInTurn[] } {
  const { scenario } = view
  const objectives = objectivesOf(scenario)
  const differed = departures(moves)
  // The debrief's parts, in order: the summary links to each. Issue 11's pages (every capital's view, the cases
  // compared) are linked from the play-again panel at the end.
  const sections: readonly Section[] = [
    ...(objectives.length > 0 ? [{ id: 'objectives' as const, title: t('debrief.objectives') }] : []),
    { id: 'score', title: t('debrief.score') },
    { id: 'outcomes', title: t('debrief.outcomes') },
    { id: 'treaty', title: t('debrief.treaty') },
    { id: 'actors', title: t('debrief.actors') },
    // A hypothetical has no record to set the game beside: the summary says so, and no part promises it.
    ...(scenario.history ? [{ id: 'history' as const, title: t('debrief.history') }] : []),
    { id: 'discussion', title: t('debrief.discussion') },
    { id: 'sources', title: t('debrief.sources') },
  ]
  const title = (id: Section['id']) => sections.find((s) => s.id === id)!.title
  // The parts below the summary, in order, each drawn after the one before: the summary's headline (the page's
  // largest paint) shows at once, and the rest follows without one long task for the whole page. The actors' part
  // comes card by card: drawn whole, its layout alone was the longest task after the headline.
  const actors = actorsWhoMoved(moves)
  const parts: readonly PartInTurn[] = [
    ...(objectives.length > 0
      ? [
          whole(
            <DebriefSection key="objectives" id="objectives" title={title('objectives')}>
              <ObjectivesList objectives={objectives} sections={sections} />
            </DebriefSection>,
          ),
        ]
      : []),
    whole(
      <DebriefSection key="score" id="score" title={title('score')}>
        <ScorePanel
          score={score}
          scenario={scenario}
          departed={differed.length}
          moves={moves}
          recorded={view.recorded}
          level={3}
        />
        <Departures view={view} differed={differed} />
      </DebriefSection>,
    ),
    // What the choices led to, before the reasons for them: the outcomes page's chart, which prints as drawn.
    whole(
      <DebriefSection key="outcomes" id="outcomes" title={title('outcomes')}>
        <OutcomeBands report={report} score={score} />
      </DebriefSection>,
    ),
    whole(
      <DebriefSection key="treaty" id="treaty" title={title('treaty')}>
        <VerdictRules verdict={report.verdict} council={{ moves, scenario }} />
      </DebriefSection>,
    ),
    inSteps(Math.max(1, actors.length), (drawn) => (
      <DebriefSection key="actors" id="actors" title={title('actors')}>
        <ActorsSection view={view} actors={actors.slice(0, drawn)} />
      </DebriefSection>
    )),
    ...(scenario.history
      ? [
          whole(
            <DebriefSection key="history" id="history" title={title('history')}>
              <HistoryComparison view={view} />
            </DebriefSection>,
          ),
        ]
      : []),
    whole(
      <DebriefSection key="discussion" id="discussion" title={title('discussion')}>
        <Discussion scenario={scenario} />
      </DebriefSection>,
    ),
    whole(
      <DebriefSection key="sources" id="sources" title={title('sources')}>
        <SourcesList
          entries={numberedSources(scenario).map((source, i) => ({ n: i + 1, source }))}
          scope="debrief"
        />
      </DebriefSection>,
    ),
    whole(<PlayAgain key="play-again" scenarioId={scenario.id} />),
  ]
  const top = (
    <>
      <PageHeading
        title={t('debrief.title')}
        eyebrow={t('debrief.eyebrow', { scenario: scenario.title, role: midSentence(view.role.title) })}
      />
      <PrintedName />
      <DebriefSummary view={view} sections={sections} />
    </>
  )
  return { top, parts }
}

function DebriefSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="debrief-section">
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  )
}
