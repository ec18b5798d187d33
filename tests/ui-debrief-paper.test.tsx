// @vitest-environment jsdom
// The debrief as a student hands it in on paper. A question left unanswered printed "(no answer)": it now prints
// ruled lines to answer it on by hand. What prints and what does not is the print stylesheet's
// (tests/e2e/printed.spec.ts looks at it as printed).
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderDebrief } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const debrief = (choices: string[], language: 'en' | 'ru' = 'en') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 42, choices }),
  })

/** The student's own game, other than the engine's best reply in their seat. */
const OTHERWISE = ['request:internal-unrest:rapid-reaction:90']

describe("the debrief's questions on paper", () => {
  it('print an answer as written, and a question left unanswered as ruled lines to write on', async () => {
    await renderDebrief(await debrief(OTHERWISE))
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Was the framing honest? Your answer' }),
      'Not quite.',
    )
    const [answered, unanswered] = screen
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('.question'))
    expect(answered!.querySelector('.answer-print')).toHaveTextContent(/^Not quite\.$/)
    expect(answered!.querySelector('.answer-blank')).toBeNull()
    expect(unanswered!.querySelector('.answer-print')).toBeNull()
    const blank = unanswered!.querySelector('.answer-blank')!
    expect(blank.querySelectorAll('.answer-line').length).toBeGreaterThanOrEqual(4)
    expect(blank).toHaveTextContent(/^$/)
    expect(blank).toHaveAttribute('aria-hidden', 'true')
    expect(document.querySelector('.questions')).not.toHaveTextContent('(no answer)')
  })
})
