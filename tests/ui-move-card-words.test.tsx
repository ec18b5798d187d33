// @vitest-environment jsdom
// The note under an actor's close second speaks of "this side", so it agrees with any actor's name in Russian
// (Казахстан and Китай are masculine; the old «для неё» suited none of them).
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY, type Move } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderDebrief } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const closeSeconds = (moves: readonly Move[]) =>
  moves.filter((m) => m.by === 'engine' && JSON.stringify(m.decision) !== JSON.stringify(m.best))

describe("the note under an actor's close second", () => {
  it('speaks of "this side" in Russian, agreeing with any actor, and of "its" reply in English', async () => {
    for (const seed of [42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const game = (language: 'en' | 'ru') =>
        fakeStore({
          storage: memoryStorage({ [LANGUAGE_KEY]: language }),
          route: playAt('test-crisis', 'kazakhstan', 'debrief', {
            seed,
            choices: ['request:foreign-backed:peacekeepers:14'],
          }),
        })
      const store = await game('ru')
      const result = store.getState().view?.result
      if (result?.status !== 'finished' || closeSeconds(result.moves).length === 0) continue
      await renderDebrief(store)
      const notes = screen.getAllByText(/^Не лучший ход для этой стороны: /)
      expect(notes).toHaveLength(closeSeconds(result.moves).length)
      expect(document.body.textContent).not.toMatch(/для неё/)
      cleanup()
      await renderDebrief(await game('en'))
      expect(screen.getAllByText(/^Not its best reply: /)).toHaveLength(notes.length)
      return
    }
    throw new Error('no seed made an actor take a close second: the test needs another')
  })
})
