// @vitest-environment jsdom
// Every capital's page: the heading over what a side weighs most speaks to the player on the player's own card
// and of "this side" on the others, so in Russian it agrees with any role (Кремль, Пекин, правительство…); the list
// under it is named after its side, in Russian with the name after a colon, so no name needs declining.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { midSentence } from '../src/ui/words/mid-sentence'
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

  it("names each side's list of concerns after the side, in Russian as a label with the name after a colon", async () => {
    await renderApp(await capitals('ru'))
    const cards = [...document.querySelectorAll<HTMLElement>('.capital')]
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) {
      const name = card.querySelector('.eyebrow')!.textContent
      expect(within(card).getByRole('list', { name: `Главные интересы: ${name}` })).toBeTruthy()
    }
    expect(document.querySelector('[aria-label*="для:"]')).toBeNull()
  })

  it('names the same lists in English by what each side weighs most', async () => {
    await renderApp(await capitals('en'))
    const cards = [...document.querySelectorAll<HTMLElement>('.capital')]
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) {
      const name = midSentence(card.querySelector('.eyebrow')!.textContent)
      expect(within(card).getByRole('list', { name: `What ${name} weighs most` })).toBeTruthy()
    }
  })
})
