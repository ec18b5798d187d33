// @vitest-environment jsdom
// A move no term of its mover's decided: Beijing's stance in Batken weighs almost the same either way, and its card
// once said nothing at all, not even that the dice had taken a close second. It says that the two were nearly even
// for the mover, notes the close second, and its numbers say why no figure is listed rather than show an empty list.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY, type Move } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const CRISIS = 'kyrgyzstan-tajikistan-2021'
const REQUEST = 'request:foreign-backed:peacekeepers:14'
const evenSecond = (m: Move) =>
  m.by === 'engine' &&
  m.against !== undefined &&
  m.reasons.length === 0 &&
  JSON.stringify(m.decision) !== JSON.stringify(m.best)

const game = (seed: number, language: 'en' | 'ru') =>
  fakeStore({
    library: fakeLibrary([bundled(CRISIS)]),
    loadTranslations,
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt(CRISIS, 'japarov', 'resolve', { seed, choices: [REQUEST] }),
  })

/** The first game whose resolution holds a close second no term decided, and that move. */
async function findEvenSecond(): Promise<{ seed: number; move: Move }> {
  for (let seed = 1; seed <= 40; seed++) {
    const result = (await game(seed, 'en')).getState().view?.result
    const move = result?.moves.find(evenSecond)
    if (move) return { seed, move }
  }
  throw new Error('no seed made a capital take a close second that no term decided: the test needs another')
}

describe('a move no term of its mover decided', () => {
  it('says the two were nearly even for it, notes the close second, and lists no figure, in English', async () => {
    const { seed, move } = await findEvenSecond()
    await renderApp(await game(seed, 'en'))
    const card = (await screen.findByText(/^Rather than .+: it makes little difference to /)).closest(
      '.move-card',
    )
    expect(card).not.toBeNull()
    const inCard = within(card as HTMLElement)
    expect(card).toHaveTextContent(
      /it makes little difference to China, since neither course moves any of its/,
    )
    expect(inCard.getByText(/^Not its best reply: /)).toBeInTheDocument()
    await userEvent.click(inCard.getByText('Show the numbers'))
    expect(card?.querySelector('.reason-numbers ul')).toBeNull()
    expect(
      inCard.getByText(
        /no indicator or term of this actor's moves the worth of the choice by as much as 0\.005/,
      ),
    ).toBeVisible()
    expect(move.actor).toBe('china')
  })

  it('says the same in Russian, naming the mover in the genitive', async () => {
    const { seed } = await findEvenSecond()
    await renderApp(await game(seed, 'ru'))
    const card = (await screen.findByText(/^Вместо .+: для Китая оба шага почти равноценны/)).closest(
      '.move-card',
    )
    expect(card).not.toBeNull()
    expect(within(card as HTMLElement).getByText(/^Не лучший ход для этой стороны: /)).toBeInTheDocument()
    expect(card).toHaveTextContent(/не меняет ценность выбора хотя бы на 0,005 единицы/)
  })
})
