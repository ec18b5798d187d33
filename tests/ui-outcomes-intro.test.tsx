// @vitest-environment jsdom
// The intro above the outcomes' bars, on the outcomes page and the debrief. It said the second bar was the same
// game with the engine's best reply even when the student's game came out as that very game: two identical bars,
// and a sentence promising a difference. It now says plainly that the engine's game came out the same.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { bestReplyChoices } from './best-reply-choices'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp, renderDebrief } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const game = (page: 'outcomes' | 'debrief', choices: string[], language: 'en' | 'ru' = 'en') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', page, { seed: 42, choices }),
  })

/** The student's own game, other than the engine's best reply in their seat. */
const OTHERWISE = ['request:internal-unrest:rapid-reaction:90']

const SECOND = {
  en: "The second bar is the same game with the engine's best reply in your seat, on the same luck.",
  ru: 'Вторая полоса — та же партия при тех же обстоятельствах, но на вашем месте движок выбирает свой лучший ответ.',
} as const
const SAME = {
  en: "The engine's best reply in your seat, on the same luck, came out the same as your game on every indicator: its bar, the second on each row, is the same as yours.",
  ru: 'Лучший ответ движка на вашем месте при тех же обстоятельствах привёл по всем показателям к тому же результату, что и ваша партия: его полоса, вторая в каждой строке, совпадает с вашей.',
} as const

async function intro(
  page: 'outcomes' | 'debrief',
  choices: string[],
  language: 'en' | 'ru',
): Promise<string> {
  const store = await game(page, choices, language)
  await (page === 'debrief' ? renderDebrief(store) : renderApp(store))
  const [text, ...more] = document.querySelectorAll('.bands-intro')
  expect(more).toHaveLength(0)
  return text!.textContent!
}

describe("the outcomes' intro", () => {
  for (const page of ['outcomes', 'debrief'] as const)
    for (const language of ['en', 'ru'] as const) {
      it(`on the ${page} in ${language}, says the engine's game came out the same when the student chose as it would`, async () => {
        const choices = bestReplyChoices(await game(page, OTHERWISE))
        const text = await intro(page, choices, language)
        expect(text).toContain(SAME[language])
        expect(text).not.toContain(SECOND[language])
        // The screen still draws both bars, which the sentence speaks of.
        expect(screen.getByTestId('outcome-regimeStability').querySelectorAll('.band-line')).toHaveLength(2)
      })

      it(`on the ${page} in ${language}, says what the second bar is when the student's game came out otherwise`, async () => {
        const text = await intro(page, OTHERWISE, language)
        expect(text).toContain(SECOND[language])
        expect(text).not.toContain(SAME[language])
      })
    }
})
