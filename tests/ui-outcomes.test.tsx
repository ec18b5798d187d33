// @vitest-environment jsdom
// The outcomes: every indicator as a band chart with its median and 10–90% band, beside the engine's game.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDICATORS } from '../src/engine'
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
      expect(row.querySelector('svg rect.band')).not.toBeNull()
      expect(row).toHaveTextContent(/(0|[+−]\d+) vs engine/)
    }
    expect(
      within(screen.getByTestId('outcome-escalationRisk')).getByText('(higher is worse)'),
    ).toBeInTheDocument()
  })

  it('says what happened on the ground and how the treaty read it', async () => {
    await renderApp(await outcomes())
    expect(screen.getByText('No troops went: no one asked for help.')).toBeInTheDocument()
    expect(screen.getByText(/Not eligible/)).toBeInTheDocument()
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
