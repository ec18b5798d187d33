// @vitest-environment jsdom
// Every bundled crisis's debrief, for every role, after a game of choices drawn at random, read in both languages:
// none of the machinery shows through (no placeholder, no "undefined", no NaN), the Russian is Russian outside the
// titles of the sources it cites, and the score says the student chose as the engine would exactly when they decided
// and no step differed from the engine's best reply.
import { cleanup, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../src/engine/random'
import { type Decision, departures, LANGUAGE_KEY } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { notationOf } from '../src/store/engine-face'
import { withBundledLibrary } from './bundled-library'
import { bundledScenarios } from './bundled-scenarios'
import { fakeStore, memoryStorage, playAt, renderDebrief } from './ui-fakes'

const SCENARIOS = bundledScenarios().map((s) => s.id)

const HEADING = { en: 'Debrief', ru: 'Разбор игры' } as const
const MATCHED = {
  en: 'You chose as the engine would have chosen in your seat at every step.',
  ru: 'На каждом шаге вы выбирали то же, что выбрал бы движок на вашем месте.',
} as const

const library = withBundledLibrary()

/** A finished game for the role: at each of its turns one of the options it is offered, drawn from `seed`. */
async function randomGame(scenario: string, role: string, seed: number): Promise<string[]> {
  const draw = createRandom(seed)
  const decisions: Decision[] = []
  for (;;) {
    const store = await fakeStore({
      library: library(),
      route: playAt(scenario, role, 'decide', { seed, choices: decisions.map(notationOf) }),
    })
    const result = store.getState().view!.result
    if (result.status === 'finished') return decisions.map(notationOf)
    const options = result.pending.options
    decisions.push(options[Math.floor(draw.next() * options.length)]!)
  }
}

describe.each(SCENARIOS)('the debrief of %s', (id) => {
  it('reads cleanly in both languages for every role, and says "as the engine would" only when it was so', async () => {
    const entry = library().find((e) => e.ok && e.scenario.id === id)
    if (!entry?.ok) throw new Error(`${id} is not in the bundled library`)
    for (const role of entry.scenario.roles) {
      const choices = await randomGame(id, role.id, 7)
      for (const language of ['en', 'ru'] as const) {
        const store = await fakeStore({
          storage: memoryStorage({ [LANGUAGE_KEY]: language }),
          library: library(),
          loadTranslations,
          route: playAt(id, role.id, 'debrief', { seed: 7, choices }),
        })
        await renderDebrief(store)
        // The page keeps the language it was showing until the new one's messages have come.
        await screen.findByRole('heading', { level: 1, name: HEADING[language] })
        const where = `${id} as ${role.id} (${choices.join(' ')}), ${language}`
        const debrief = document.querySelector('.debrief')!
        expect(debrief.textContent, where).not.toMatch(/[{}]|undefined|NaN/)
        const view = store.getState().view!
        // A seat whose turn never came chose nothing: it is told so, never that it chose as the engine would.
        const decided = view.result.moves.some((m) => m.by === 'player')
        const matched = decided && departures(view.result.moves).length === 0
        expect(debrief.querySelector('#score')!.textContent!.includes(MATCHED[language]), where).toBe(matched)
        if (language === 'ru') {
          // The sources keep their own titles, in the language they were published in; all else is Russian.
          const read = debrief.cloneNode(true) as Element
          for (const cited of read.querySelectorAll('#sources, [lang="en"]')) cited.remove()
          expect(read.textContent!.replaceAll('PDF', ''), where).not.toMatch(/[A-Za-z]{2,}/)
        }
        cleanup()
      }
    }
  })
})
