// The discussion questions, each with room for the student's own answer: kept in this browser with the game as
// it is typed, and printed with the debrief (left empty, as lines to write one on by hand). A question's citation
// markers lead to the debrief's sources.
import { useId } from 'react'
import { type Scenario, selectAnswers, useGame } from '../../store'
import { numberedSources } from '../../store/other-pages'
import { CitedText } from '../components/markdown-text'
import { useText } from '../i18n/use-text'

/** The lines printed under a question left unanswered: room for a paragraph in handwriting. */
const RULED = [1, 2, 3, 4, 5, 6] as const

export function Discussion({ scenario }: { scenario: Scenario }) {
  const t = useText()
  const answers = useGame(selectAnswers)
  const answer = useGame((s) => s.answer)
  const id = useId()
  // A question may cite, as the record does: its markers lead to the debrief's sources, numbered alike.
  const sources = numberedSources(scenario)
  if (scenario.questions.length === 0) return <p>{t('debrief.discussion.none')}</p>
  return (
    <>
      <p className="discussion-note">{t('debrief.discussion.kept')}</p>
      <ol className="questions">
        {scenario.questions.map((q, i) => (
          <li key={q}>
            <p className="question" id={`${id}-q${i}`}>
              <CitedText text={q} sources={sources} />
            </p>
            {/* The box is named by its question, then "Your answer": a list of the page's fields tells six apart. */}
            <label htmlFor={`${id}-a${i}`} id={`${id}-l${i}`} className="answer-label">
              {t('debrief.discussion.answer')}
            </label>
            <textarea
              id={`${id}-a${i}`}
              className="answer"
              rows={4}
              value={answers[i] ?? ''}
              aria-labelledby={`${id}-q${i} ${id}-l${i}`}
              onChange={(e) => answer(i, e.target.value)}
            />
            {/* Printed in place of the box, which would cut a long answer off at its edge; a question not yet
                answered prints ruled lines to answer it on by hand. */}
            {answers[i]?.trim() ? (
              <p className="answer-print" aria-hidden="true">
                {answers[i]}
              </p>
            ) : (
              <div className="answer-blank" aria-hidden="true">
                {RULED.map((line) => (
                  <span key={line} className="answer-line" />
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
