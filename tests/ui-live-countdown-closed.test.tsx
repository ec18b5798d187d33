// @vitest-environment jsdom
// "Round closed" is heard when the facilitator ends a round: the countdown's live region is on the page from the
// start of the round (empty in a round without a clock) and only its words change, since some screen readers do not
// announce a live region that arrives already filled in. In English and in Russian.
import { cleanup, render as renderAlone, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PhaseView } from '../src/store'
import { ClockedCountdown } from './clocked-countdown'
import { inEnglish, panelWrapper, russianPanels } from './ui-fakes'

afterEach(cleanup)

const NOW = Date.now()
const running: PhaseView = {
  kind: 'deciding',
  round: 1,
  open: true,
  clock: { kind: 'running', deadline: NOW + 120_000 },
}
const untimed: PhaseView = { kind: 'deciding', round: 1, open: true, clock: { kind: 'none' } }
const closed: PhaseView = { kind: 'deciding', round: 1, open: false, clock: { kind: 'none' } }

const region = (container: HTMLElement) => {
  const regions = container.querySelectorAll('[aria-live="polite"]')
  expect(regions).toHaveLength(1)
  return regions[0]!
}

/**
 * Renders the countdown in `before`, then in `after`, and checks the region of the second is the very element of the
 * first (the same node, so a screen reader hears the change), holding `then`. Returns what it held before.
 */
function closes(
  render: (ui: ReactElement) => ReturnType<typeof renderAlone>,
  before: PhaseView,
  then: string,
): string {
  const { container, rerender } = render(<ClockedCountdown phase={before} skew={0} />)
  const first = region(container)
  const was = first.textContent ?? ''
  rerender(<ClockedCountdown phase={closed} skew={0} />)
  expect(region(container)).toBe(first)
  expect(first).toHaveTextContent(new RegExp(`^${then}$`))
  expect(screen.queryByRole('timer')).toBeNull()
  return was
}

describe('the round closing, in English', () => {
  let wrapper: Awaited<ReturnType<typeof panelWrapper>>
  beforeAll(async () => {
    await inEnglish()
    wrapper = await panelWrapper('en')
  })
  const render = (ui: ReactElement) => renderAlone(ui, { wrapper })

  it('changes the words of the region already on the page, from the time left to "Round closed"', () => {
    expect(closes(render, running, 'Round closed')).toBe('left')
  })

  it('keeps an empty region on the page through a round without a clock, and fills it when the round closes', () => {
    const { container } = render(<ClockedCountdown phase={untimed} skew={0} />)
    expect(region(container)).toBeEmptyDOMElement()
    expect(screen.queryByRole('timer')).toBeNull()
    // Nothing of a countdown is drawn: the empty region is kept out of sight.
    expect(container.querySelector('.countdown')).toBeNull()
    cleanup()
    expect(closes(render, untimed, 'Round closed')).toBe('')
  })

  it('draws the closed round as before: red, without a time', () => {
    const { container } = render(<ClockedCountdown phase={closed} skew={0} />)
    expect(container.firstElementChild).toHaveClass('countdown', 'closed')
    expect(region(container)).toHaveTextContent(/^Round closed$/)
  })
})

describe('the round closing, in Russian', () => {
  const render = russianPanels()

  it('changes the words of the region already on the page to «Раунд закрыт»', () => {
    expect(closes(render, running, 'Раунд закрыт')).toBe('осталось')
  })

  it('fills the empty region of a round without a clock when it closes', () => {
    expect(closes(render, untimed, 'Раунд закрыт')).toBe('')
  })
})
