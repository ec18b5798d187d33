// The debrief in short, at its top: what happened, the score, how far the game followed history, links to
// each part (a long page on a phone), and the way to print it.
import type { GameView } from '../../store'
import { deploymentSentence } from '../components/deployment-summary'
import { VerdictBadge } from '../components/verdict-rules'
import { signed } from '../format'

export interface Section {
  readonly id: 'objectives' | 'score' | 'treaty' | 'actors' | 'history' | 'discussion' | 'sources'
  readonly title: string
}

const TEXT = {
  title: 'In short',
  score: (yours: string, choice: string, luck: string) =>
    `Your score: ${yours} (your choices ${choice}, the others' luck ${luck}).`,
  history: (same: number, of: number) => `Your game went as history did on ${same} of ${of} points.`,
  contents: 'On this page',
  print: 'Print or save as PDF',
  printHelp: "Your answers to the questions print with the rest: your browser's print dialog can save a PDF.",
}

export function DebriefSummary({ view, sections }: { view: GameView; sections: readonly Section[] }) {
  if (view.result.status !== 'finished' || !view.score) return null
  const { report } = view.result
  const { score, history } = view
  const compared = history?.rows.filter((r) => r.matches !== undefined) ?? []
  return (
    <section className="panel debrief-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{TEXT.title}</h2>
      <p className="headline">{deploymentSentence(report, view.scenario)}</p>
      <p>
        <VerdictBadge status={report.verdict.status} />
      </p>
      <p>{TEXT.score(signed(score.yours, 2), signed(score.choice, 2), signed(score.luck, 2))}</p>
      {compared.length > 0 ? (
        <p>{TEXT.history(compared.filter((r) => r.matches).length, compared.length)}</p>
      ) : null}
      <nav aria-label={TEXT.contents} className="jump-links">
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => jumpTo(s.id)}>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="actions print-actions">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {TEXT.print}
        </button>
        <p className="print-help">{TEXT.printHelp}</p>
      </div>
    </section>
  )
}

/** A jump within the page: buttons, not #links, since in this app the hash is the route. */
function jumpTo(id: string): void {
  const heading = document.getElementById(`${id}-title`)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus({ preventScroll: true })
}
