// @vitest-environment jsdom
// The outcomes: the result in one sentence and the fair score first, then every indicator as a band with its
// median and 10–90% band, beside the engine's best reply in the student's seat.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { departures, INDICATORS } from '../src/store'
import { expectAccessible, fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const outcomes = () =>
  fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'outcomes', { seed: 42, choices: ['no-request'] }) })

describe('the outcomes', () => {
  it('charts every indicator with its median and band', async () => {
    const store = await outcomes()
    await renderApp(store)
    const view = store.getState().view!
    if (view.result.status !== 'finished') throw new Error('expected a finished game')
    for (const k of INDICATORS) {
      const row = screen.getByTestId(`outcome-${k}`)
      const o = view.result.report.outcomes[k]
      expect(row).toHaveTextContent(`median ${Math.round(o.median)}`)
      expect(row).toHaveTextContent(`${Math.round(o.p10)}–${Math.round(o.p90)}`)
      expect(row.querySelectorAll('.band-track .band')).toHaveLength(2)
      // How far the student's median lies from the engine's, in points, as the figures beside the bands show them.
      const delta = Math.round(o.median) - Math.round(view.score!.bestReplyGame.report.outcomes[k].median)
      const points = Math.abs(delta)
      expect(row).toHaveTextContent(
        points === 0
          ? "Median: the same as the engine's best reply"
          : `Median: ${points} ${points === 1 ? 'point' : 'points'} ${delta > 0 ? 'above' : 'below'} the engine's best reply`,
      )
    }
    expect(
      within(screen.getByTestId('outcome-escalationRisk')).getByText('(higher is worse)'),
    ).toBeInTheDocument()
  })

  it('opens with what happened in one sentence and the score, before the bars', async () => {
    const store = await outcomes()
    await renderApp(store)
    const headline = screen.getByTestId('headline')
    expect(headline).toHaveTextContent('No troops went: no one asked for help.')
    expect(screen.getByText(/Not eligible/)).toBeInTheDocument()
    const score = screen.getByRole('region', { name: 'Your score' })
    const bars = screen.getByTestId('outcome-regimeStability')
    expect(score.compareDocumentPosition(bars) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const { yours, choice, luck } = store.getState().view!.score!
    const signed = (n: number) =>
      Math.abs(n) < 0.005 ? '0.00' : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`
    expect(within(score).getByTestId('score-total')).toHaveTextContent(signed(yours))
    expect(within(score).getByTestId('score-choice')).toHaveTextContent(signed(choice))
    expect(within(score).getByTestId('score-luck')).toHaveTextContent(signed(luck))
  })

  it("reports the others' luck apart, naming each close second the dice chose", async () => {
    for (const seed of [42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const store = await fakeStore({
        route: playAt('test-crisis', 'kazakhstan', 'outcomes', {
          seed,
          choices: ['request:foreign-backed:peacekeepers:14'],
        }),
      })
      const best = store.getState().view!.score!.bestReplyGame.moves
      const seconds = best.filter(
        (m) => m.by === 'engine' && JSON.stringify(m.decision) !== JSON.stringify(m.best),
      )
      if (seconds.length === 0) continue
      await renderApp(store)
      const score = screen.getByRole('region', { name: 'Your score' })
      expect(within(score).getAllByRole('listitem')).toHaveLength(seconds.length)
      expect(within(score).getAllByRole('listitem')[0]).toHaveTextContent(/ rather than /)
      return
    }
    throw new Error('no seed made an actor take a close second: the test needs another')
  })

  it("says the others' luck is read from the engine's game in the student's seat when the student chose otherwise", async () => {
    const note = /the game the engine would have played in your seat/
    const seen = { differed: false, matched: false }
    for (const seed of [42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      for (const choices of [
        ['request:foreign-backed:peacekeepers:14'],
        ['request:internal-unrest:observers:14'],
      ]) {
        const store = await fakeStore({
          route: playAt('test-crisis', 'kazakhstan', 'outcomes', { seed, choices }),
        })
        const { result, score } = store.getState().view!
        const seconds = score!.bestReplyGame.moves.filter(
          (m) => m.by === 'engine' && JSON.stringify(m.decision) !== JSON.stringify(m.best),
        )
        if (seconds.length === 0 || result.status !== 'finished') continue
        const differed = departures(result.moves).length > 0
        if (seen[differed ? 'differed' : 'matched']) continue
        seen[differed ? 'differed' : 'matched'] = true
        await renderApp(store)
        const panel = screen.getByRole('region', { name: 'Your score' })
        if (differed) expect(panel).toHaveTextContent(note)
        else expect(panel).not.toHaveTextContent(note)
        cleanup()
      }
    expect(seen).toEqual({ differed: true, matched: true })
  })

  it('sends a student who has not finished back to the decision', async () => {
    await renderApp(
      await fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'outcomes', { seed: 42, choices: [] }) }),
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Not there yet')
    expect(screen.getByRole('link', { name: 'Make your decision' }).getAttribute('href')).toMatch(
      /\/decide\?/,
    )
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await outcomes())
    await expectAccessible(container)
  })
})
