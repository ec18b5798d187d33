// The discussion questions, each with room for the student's own answer: kept in this browser with the game as
// it is typed, and printed with the debrief.
import { useId } from 'react'
import { type Scenario, selectAnswers, useGame } from '../../store'

const TEXT = {
  none: 'This crisis comes without questions: what would you ask?',
  answer: 'Your answer',
  kept: 'Your answers are kept in this browser with your game, and print with the debrief.',
  empty: '(no answer)',
}

export function Discussion({ scenario }: { scenario: Scenario }) {
  const answers = useGame(selectAnswers)
  const answer = useGame((s) => s.answer)
  const id = useId()
  if (scenario.questions.length === 0) return <p>{TEXT.none}</p>
  return (
    <>
      <p className="discussion-note">{TEXT.kept}</p>
      <ol className="questions">
        {scenario.questions.map((q, i) => (
          <li key={q}>
            <p className="question" id={`${id}-q${i}`}>
              {q}
            </p>
            <label htmlFor={`${id}-a${i}`} className="answer-label">
              {TEXT.answer}
            </label>
            <textarea
              id={`${id}-a${i}`}
              className="answer"
              rows={4}
              value={answers[i] ?? ''}
              aria-describedby={`${id}-q${i}`}
              onChange={(e) => answer(i, e.target.value)}
            />
            {/* Printed in place of the box, which would cut a long answer off at its edge. */}
            <p className="answer-print" aria-hidden="true">
              {answers[i]?.trim() ? answers[i] : TEXT.empty}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
