// @vitest-environment jsdom
// Every capital's page: the heading over what a side weighs most speaks to the player on the player's own card
// and of "this side" on the others, so in Russian it agrees with any role (Кремль, Пекин, правительство…).
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const capitals = (language: 'en' | 'ru') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', 'capitals', {
      seed: 42,
      choices: ['request:internal-unrest:rapid-reaction:90'],
    }),
  })

const headings = () =>
  [...document.querySelectorAll('.capital')].map((card) => ({
    mine: card.classList.contains('mine'),
    weighs: within(card as HTMLElement).getByRole('heading', { level: 3 }).textContent,
  }))

describe("what each capital weighs most, as the capitals' page says it", () => {
  it('speaks to the player on their own card and of "this side" on the others, in English', async () => {
    await renderApp(await capitals('en'))
    const all = headings()
    expect(all.filter((h) => h.mine)).toEqual([
      { mine: true, weighs: 'What matters most to you in the game' },
    ])
    const others = all.filter((h) => !h.mine)
    expect(others.length).toBeGreaterThan(0)
    for (const h of others) expect(h.weighs).toBe('What matters most to this side in the game')
  })

  it('does the same in Russian, with no feminine pronoun under a masculine or a plural name', async () => {
    await renderApp(await capitals('ru'))
    const all = headings()
    expect(all.filter((h) => h.mine)).toEqual([{ mine: true, weighs: 'Что для вас важнее всего в игре' }])
    const others = all.filter((h) => !h.mine)
    expect(others.length).toBeGreaterThan(0)
    for (const h of others) expect(h.weighs).toBe('Что важнее всего для этой стороны в игре')
    expect(screen.queryByText(/для неё/)).toBeNull()
  })
})
