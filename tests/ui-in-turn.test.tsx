// @vitest-environment jsdom
// A long page's parts drawn one after another: none at first, then one more per commit, up to all of them.
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { useLayoutEffect, useMemo } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import {
  drawnSoFar,
  inSteps,
  type PartInTurn,
  stepsOf,
  useInTurn,
  whole,
} from '../src/ui/debrief/use-in-turn'

afterEach(cleanup)

/** React's flag for whether updates are wrapped in act(), which the testing library sets. */
const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }

/** Records how many parts each commit showed. */
function Parts({ count, drawn }: { count: number; drawn: number[] }) {
  const shown = useInTurn(count)
  useLayoutEffect(() => {
    drawn.push(shown)
  })
  return <p data-testid="shown">{shown}</p>
}

describe('useInTurn', () => {
  it('draws no part with the first commit, then one more in each commit after it, and stops at the last', async () => {
    const drawn: number[] = []
    render(<Parts count={4} drawn={drawn} />)
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('4'))
    expect(drawn).toEqual([0, 1, 2, 3, 4])
  })

  it('draws every part before the browser lays the page out for printing, without waiting for its turn', () => {
    // Outside act(), which would draw every part at once: the first commit is made synchronously, and the event
    // comes before React's scheduler has had a task to draw the next part in.
    const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT
    scope.IS_REACT_ACT_ENVIRONMENT = false
    const root = createRoot(document.body.appendChild(document.createElement('div')))
    try {
      const drawn: number[] = []
      flushSync(() => root.render(<Parts count={6} drawn={drawn} />))
      expect(drawn).toEqual([0])
      window.dispatchEvent(new Event('beforeprint'))
      // The browser prints when its listeners return: by then all six are drawn.
      expect(drawn).toEqual([0, 6])
      expect(screen.getByTestId('shown')).toHaveTextContent('6')
    } finally {
      flushSync(() => root.unmount())
      scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment
    }
  })
})

describe('drawnSoFar', () => {
  // Three parts, the second drawn in three steps: each draw says which part and how many of its steps it shows.
  const parts: PartInTurn[] = [
    { steps: 1, draw: () => 'a' },
    { steps: 3, draw: (drawn) => `b${drawn}` },
    { steps: 1, draw: () => 'c' },
  ]

  it('counts every step of every part', () => {
    expect(stepsOf(parts)).toBe(5)
  })

  it('draws each part the steps have finished whole, then the one under way with its steps so far', () => {
    expect([0, 1, 2, 3, 4, 5].map((shown) => drawnSoFar(parts, shown))).toEqual([
      [],
      ['a'],
      ['a', 'b1'],
      ['a', 'b2'],
      ['a', 'b3'],
      ['a', 'b3', 'c'],
    ])
  })
})

/** Counts its renders by name. */
function Counted({ name, calls }: { name: string; calls: Map<string, number> }) {
  calls.set(name, (calls.get(name) ?? 0) + 1)
  return <p>{name}</p>
}

/** Three parts kept across commits, the second drawn in two steps. */
function ThreeParts({ calls }: { calls: Map<string, number> }) {
  const parts = useMemo(
    () => [
      whole(<Counted key="a" name="a" calls={calls} />),
      inSteps(2, (drawn) => (
        <div key="b">
          {['b1', 'b2'].slice(0, drawn).map((name) => (
            <Counted key={name} name={name} calls={calls} />
          ))}
        </div>
      )),
      whole(<Counted key="c" name="c" calls={calls} />),
    ],
    [calls],
  )
  const shown = useInTurn(stepsOf(parts))
  return (
    <>
      {drawnSoFar(parts, shown)}
      <p data-testid="shown">{shown}</p>
    </>
  )
}

describe('parts kept across commits', () => {
  it('give the same element for the same count of steps, and a new one for another', () => {
    const part = inSteps(3, (drawn) => <p>{drawn}</p>)
    const two = part.draw(2)
    expect(part.draw(2)).toBe(two)
    const three = part.draw(3)
    expect(three).not.toBe(two)
    expect(part.draw(3)).toBe(three)
    const one = whole(<p>all</p>)
    expect(one.draw(1)).toBe(one.draw(1))
  })

  it("leave a part's components alone once it is drawn, while the parts after it come", async () => {
    const calls = new Map<string, number>()
    render(<ThreeParts calls={calls} />)
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('4'))
    // b1 again when b2 joins it (the part under way is drawn again), and never after.
    expect(Object.fromEntries(calls)).toEqual({ a: 1, b1: 2, b2: 1, c: 1 })
  })
})
