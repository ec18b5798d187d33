// @vitest-environment jsdom
// The crisis page tells a student how often a role gets a decision at all: in Hypothetical: Kazakhstan unrest,
// 2026, Astana usually asks for nothing, so the Kremlin and Beijing decide in about a quarter of games and the
// other members almost never; in Kazakhstan 2022 Tokayev always decides (he opens the game).
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import { fakeStore, memoryStorage, renderApp } from './ui-fakes'

afterEach(cleanup)
beforeAll(() => loadTranslations(), 60_000)

/** The crisis page once the engine has answered how often each role decides. */
async function crisisPage(scenario: string, language: 'en' | 'ru') {
  const store = await fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    library: [...(await loadBundledLibrary())],
    loadTranslations,
    route: { name: 'scenario', scenario },
  })
  await store.getState().loadTurnChances(scenario)
  const { container } = await renderApp(store)
  /** Each role card's line about its turns, in the scenario's order of roles; null for a card without one. */
  return [...container.querySelectorAll('.role-cards > li')].map(
    (card) => card.querySelector('.role-turns')?.textContent ?? null,
  )
}

describe("a role card's word on how often the role decides", () => {
  it('says, in English, about how many games in 10 reach the role, and "rarely" for none', async () => {
    expect(await crisisPage('kazakhstan-unrest-2026', 'en')).toEqual([
      null,
      "Gets a decision in about 2 games in 10: in the rest, the crisis ends before this role's turn.",
      "Gets a decision in about 2 games in 10: in the rest, the crisis ends before this role's turn.",
      "Rarely gets a decision: in most games the crisis ends before this role's turn.",
      "Rarely gets a decision: in most games the crisis ends before this role's turn.",
    ])
  })

  it('says the same in Russian', async () => {
    expect(await crisisPage('kazakhstan-unrest-2026', 'ru')).toEqual([
      null,
      'Решение приходится принимать примерно в 2 партиях из 10; в остальных кризис заканчивается раньше, чем до этой роли доходит очередь.',
      'Решение приходится принимать примерно в 2 партиях из 10; в остальных кризис заканчивается раньше, чем до этой роли доходит очередь.',
      'Решение приходится принимать редко: в большинстве партий кризис заканчивается раньше, чем до этой роли доходит очередь.',
      'Решение приходится принимать редко: в большинстве партий кризис заканчивается раньше, чем до этой роли доходит очередь.',
    ])
  })

  it('says nothing for a role that decides in nearly every game, such as the requester of Kazakhstan 2022', async () => {
    expect(await crisisPage('kazakhstan-2022', 'en')).toEqual([null, null, null, null, null])
  })
})
