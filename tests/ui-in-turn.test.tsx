// @vitest-environment jsdom
// A long page's parts drawn one after another: none at first, then one more per commit, up to all of them.
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { useLayoutEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { useInTurn } from '../src/ui/debrief/use-in-turn'

afterEach(cleanup)

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
})
