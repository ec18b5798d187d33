// The debrief in short, at its top: what happened, the score, how far the game followed history, links to
// each part (a long page on a phone), and the way to print it, with the student's name for the printed copy.
import {
  endedBeforeYourTurn,
  type GameView,
  luckParts,
  SCORE_DIGITS,
  shownScore,
  shownVerdict,
} from '../../store'
import { deploymentSentence } from '../components/deployment-summary'
import { VerdictBadge } from '../components/verdict-rules'
import { signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { NameField } from './hand-in-name'

export interface Section {
  readonly id:
    | 'objectives'
    | 'score'
    | 'outcomes'
    | 'treaty'
    | 'actors'
    | 'history'
    | 'discussion'
    | 'sources'
  readonly title: string
}

export function DebriefSummary({ view, sections }: { view: GameView; sections: readonly Section[] }) {
  const t = useText()
  const language = useLanguage()
  if (view.result.status !== 'finished' || !view.score) return null
  const { report } = view.result
  const { score, history } = view
  const compared = history?.rows.filter((r) => r.matches !== undefined) ?? []
  const luck = luckParts(score, view.recorded)
  const shown = shownScore(score, luck)
  const sign = (n: number) => signed(n, SCORE_DIGITS, language)
  const numbers = {
    yours: sign(shown.yours),
    expected: sign(shown.expected),
    choice: sign(shown.choice),
    history: sign(shown.history),
  }
  return (
    <section className="panel debrief-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('debrief.summary.title')}</h2>
      <p className="headline">{deploymentSentence(report, view.scenario, t, language)}</p>
      <p>
        <VerdictBadge status={shownVerdict(report.verdict)} />
      </p>
      <p>
        {endedBeforeYourTurn(view.result.moves)
          ? t('debrief.summary.scoreNoTurn', { ...numbers, luck: sign(shown.luck) })
          : t(luck.history ? 'debrief.summary.scoreHistory' : 'debrief.summary.score', {
              ...numbers,
              luck: sign(shown.chance),
            })}
      </p>
      {compared.length > 0 ? (
        <p>
          {t('debrief.summary.history', {
            same: compared.filter((r) => r.matches).length,
            of: compared.length,
          })}
        </p>
      ) : null}
      {view.scenario.history ? null : <p>{t('history.hypothetical')}</p>}
      <nav aria-label={t('debrief.summary.contents')} className="jump-links">
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
      <NameField />
      <div className="actions print-actions">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('debrief.summary.print')}
        </button>
        <p className="print-help">{t('debrief.summary.printHelp')}</p>
      </div>
    </section>
  )
}

/** A jump within the page: buttons, not #links, since in this app the hash is the route. */
export function jumpTo(id: string): void {
  const heading = document.getElementById(`${id}-title`)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus({ preventScroll: true })
}
