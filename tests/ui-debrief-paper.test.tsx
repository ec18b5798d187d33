// @vitest-environment jsdom
// The debrief as a student hands it in on paper. A game that chose as the engine would printed two identical bars
// per indicator: the student's bar now prints alone, under a sentence saying the engine's best reply came out the
// same. A question left unanswered printed "(no answer)": it now prints ruled lines to answer it on by hand. What
// prints and what does not is the print stylesheet's (tests/e2e/printed.spec.ts looks at it as printed).
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { bestReplyChoices } from './best-reply-choices'
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

/** The game the engine's best reply plays in the student's seat, as the student's own choices. */
const bestReply = async (): Promise<string[]> => bestReplyChoices(await debrief(OTHERWISE))

const SAME = {
  en: /^The engine's best reply in your seat came out the same as your game on every indicator, so each indicator prints one bar, yours/,
  ru: /^Лучший ответ движка на вашем месте привёл по всем показателям к тому же результату, что и ваша партия/,
} as const
const OUTCOMES = { en: 'What your choices led to', ru: 'К чему привели ваши решения' } as const

describe("the debrief's outcomes on paper", () => {
  it.each(['en', 'ru'] as const)(
    "say, in %s, that the engine's best reply came out the same, when the student chose as it would",
    async (language) => {
      await renderDebrief(await debrief(await bestReply(), language))
      const section = screen.getByRole('region', { name: OUTCOMES[language] })
      const bands = section.querySelector('.outcome-bands')!
      // Marked as the same games, which the print stylesheet prints with one bar per indicator.
      expect(bands).toHaveClass('same-games')
      expect(within(section).getByText(SAME[language])).toHaveClass('same-games-note')
    },
  )

  it("say nothing of it when the student's game came out otherwise, and keep both bars", async () => {
    const store = await debrief(OTHERWISE)
    await renderDebrief(store)
    const section = screen.getByRole('region', { name: OUTCOMES.en })
    expect(section.querySelector('.outcome-bands')).not.toHaveClass('same-games')
    expect(section.querySelector('.same-games-note')).toBeNull()
    expect(
      within(section).getByTestId('outcome-regimeStability').querySelectorAll('.band-line'),
    ).toHaveLength(2)
  })
})

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
