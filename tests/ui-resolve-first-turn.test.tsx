// @vitest-environment jsdom
// What the resolution says comes after the others' moves: the student's turn "again" only once the student has
// decided in this game. Beijing answers what the alliance did, so in Kazakhstan 2022 its first look at the game is
// the resolution of the others' moves, before any decision of its own (a student-play audit found "again" there).
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

const lede = () => document.querySelector('.lede')?.textContent
const beijing = async (language: 'en' | 'ru') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    library: [...(await loadBundledLibrary())],
    route: playAt('kazakhstan-2022', 'beijing', 'resolve', { seed: 31 }),
  })

describe("the resolution's word for what comes next", () => {
  it('promises the student its turn, not its turn again, before its first decision, in both languages', async () => {
    preferReducedMotion(true)
    const english = await beijing('en')
    expect(english.getState().view).toMatchObject({ decisions: [], result: { status: 'awaiting' } })
    await renderApp(english)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The crisis unfolds')
    expect(lede()).toBe('The others move; then it is your turn.')
    const first = await screen.findByTestId('resolve-continue')
    // A first decision is not the "next" one either.
    expect(first).toHaveTextContent(/^Your decision$/)
    expect(first.getAttribute('href')).toMatch(/\/decide\?/)
    cleanup()
    await renderApp(await beijing('ru'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Кризис разворачивается')
    expect(lede()).toBe('Ходят остальные, затем ваш ход.')
    expect(await screen.findByTestId('resolve-continue')).toHaveTextContent(/^К вашему решению$/)
  })

  it('says "again" once the student has decided and another decision waits, in both languages', async () => {
    preferReducedMotion(true)
    // Dushanbe asks for ninety days of peacekeepers; in this game they go, and it is asked whether they should leave.
    const at = async (language: 'en' | 'ru') =>
      fakeStore({
        storage: memoryStorage({ [LANGUAGE_KEY]: language }),
        library: [...(await loadBundledLibrary())],
        route: playAt('tajikistan-border-2027', 'dushanbe', 'resolve', {
          seed: 2,
          choices: ['request:internal-unrest:peacekeepers:90'],
        }),
      })
    const english = await at('en')
    expect(english.getState().view).toMatchObject({
      result: { status: 'awaiting', pending: { stage: 'exit' } },
    })
    expect(english.getState().view!.decisions).toHaveLength(1)
    await renderApp(english)
    expect(lede()).toBe('The others move; then it is your turn again.')
    const next = await screen.findByTestId('resolve-continue')
    expect(next).toHaveTextContent('Your next decision')
    expect(next.getAttribute('href')).toMatch(/\/decide\?/)
    cleanup()
    await renderApp(await at('ru'))
    expect(lede()).toBe('Ходят остальные, затем снова ваш ход.')
  })
})
