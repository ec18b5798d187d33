// @vitest-environment jsdom
// The resolution: the other actors' moves arrive one by one, or all at once when the student prefers less motion.
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../src/ui/app'
import { BEAT_MS } from '../src/ui/screens/resolve-screen'
import { expectAccessible, fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const REQUEST = 'request:foreign-backed:peacekeepers:90'
const resolve = () =>
  fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 42, choices: [REQUEST] }) })
const arrived = () => document.querySelectorAll('.arriving > li').length

describe('the resolution', () => {
  it('shows every move at once, and the way on, when reduced motion is preferred', async () => {
    preferReducedMotion(true)
    const store = await resolve()
    await renderApp(store)
    expect(arrived()).toBe(store.getState().view!.result.moves.length)
    expect(screen.getByTestId('resolve-continue')).toBeInTheDocument()
  })

  it('lets the moves arrive one by one otherwise, starting with your own, and then offers the way on', async () => {
    preferReducedMotion(false)
    const store = await resolve()
    // React reveals a lazily loaded screen on a timer of its own: the screen's code is loaded once on the real
    // clock, then rendered again, synchronously, on the test's clock.
    await renderApp(store)
    cleanup()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(<App store={store} onStartFresh={() => {}} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The crisis unfolds')
    const total = store.getState().view!.result.moves.length
    expect(total).toBeGreaterThan(2)
    expect(arrived()).toBe(1)
    expect(document.querySelector('.arriving .move-card')).toHaveClass('player')
    for (let n = 2; n <= total; n++) {
      expect(screen.queryByTestId('resolve-continue')).toBeNull()
      act(() => vi.advanceTimersByTime(BEAT_MS - 1))
      expect(arrived()).toBe(n - 1)
      act(() => vi.advanceTimersByTime(1))
      expect(arrived()).toBe(n)
    }
    expect(screen.getByTestId('resolve-continue')).toBeInTheDocument()
  })

  it('shows the rest at once on request, and moves the focus to the way on', async () => {
    preferReducedMotion(false)
    const store = await resolve()
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Show all moves now' }))
    expect(arrived()).toBe(store.getState().view!.result.moves.length)
    expect(screen.getByTestId('resolve-continue')).toHaveFocus()
  })

  it('leads to the next decision while one is waiting, and to the outcomes at the end', async () => {
    preferReducedMotion(true)
    const store = await resolve()
    await renderApp(store)
    const next = screen.getByTestId('resolve-continue')
    const status = store.getState().view!.result.status
    expect(next).toHaveTextContent(status === 'awaiting' ? 'Your next decision' : 'See the outcomes')
    expect(next.getAttribute('href')).toMatch(status === 'awaiting' ? /\/decide\?/ : /\/outcomes\?/)
  })

  it('explains why each engine move beat its closest alternative', async () => {
    preferReducedMotion(true)
    await renderApp(await resolve())
    expect(
      screen.getAllByText(/^(Why, against the next best choice|Not its best reply)/).length,
    ).toBeGreaterThan(0)
  })

  it('is accessible', async () => {
    preferReducedMotion(true)
    const { container } = await renderApp(await resolve())
    await expectAccessible(container)
  })
})
