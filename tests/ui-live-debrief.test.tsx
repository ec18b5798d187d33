// @vitest-environment jsdom
// The projector's debrief: the tables beside each other and beside history, on the band chart the student sees.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { INDICATORS } from '../src/engine'
import { facilitatorBrief, facilitatorView, type OutcomeLookup, outcomeOf } from '../src/live'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { finished, JOIN_URL, panelsInEnglish, render, type TWO_TEAMS } from './live-panels'
import { expectAccessible } from './ui-fakes'

panelsInEnglish()

describe("the projector's debrief", () => {
  // Each team a table of its own: two tables to set beside each other.
  const PARALLEL = { format: { kind: 'parallel-whole' } } as const
  const NORTH_SOUTH: typeof TWO_TEAMS = [
    ['North', undefined],
    ['South', undefined],
  ]

  const renderDebrief = (outcomes: OutcomeLookup = outcomeOf) => {
    const d = finished(PARALLEL, NORTH_SOUTH)
    const { debrief, tables } = facilitatorView(d.session, JOIN_URL, outcomes, d.now)
    if (!debrief) throw new Error('the session should be over')
    return render(
      <TablesDebrief debrief={debrief} tables={tables} scenario={facilitatorBrief(d.session).scenario} />,
    )
  }

  it('gives each table a row, and history one beside them', () => {
    renderDebrief()
    const choices = screen.getByRole('region', { name: 'What each table decided' })
    expect(
      within(choices)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Table 1: North', 'Table 2: South', 'What really happened'])
    const history = within(choices).getByRole('row', { name: /What really happened/ })
    expect(history).toHaveTextContent('Asked, framing the threat as foreign-backed terrorism')
    // A word joiner after the dash keeps the range on one line.
    expect(history).toHaveTextContent('2,030–\u20603,770 troops, 14 days')
    // The Council agreed in January 2022, as the record says, in the tables' own word.
    expect(within(history).getAllByRole('cell')[2]).toHaveTextContent(/^Consensus$/)
    const north = within(choices).getByRole('row', { name: /Table 1: North/ })
    expect(north).toHaveTextContent(
      'Asks for a peacekeeping contingent for 14 days, calling the threat foreign-backed terrorism',
    )
  })

  it('charts every indicator as a band per table, on the one band chart the student sees', () => {
    renderDebrief()
    for (const k of INDICATORS) {
      const row = screen.getByTestId(`bands-${k}`)
      expect(row).toHaveClass('band-row')
      expect(row.querySelectorAll('.band-track .band')).toHaveLength(2)
      expect(row).toHaveTextContent(/Table 1: North, median \d+.*Table 2: South, median \d+/)
    }
    expect(screen.getByRole('region', { name: "Who gained against the engine's game" })).toBeInTheDocument()
  })

  it('draws no charts before the outcomes are computed', () => {
    renderDebrief(() => null)
    for (const k of INDICATORS) expect(screen.queryByTestId(`bands-${k}`)).toBeNull()
    expect(screen.getAllByText('Computing…')).toHaveLength(2)
  })

  it('is accessible', async () => {
    await expectAccessible(renderDebrief().container)
  })
})
