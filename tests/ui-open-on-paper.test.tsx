// @vitest-environment jsdom
// What a reader left folded prints unfolded, and only what the page opened for paper closes again after.
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useOpenOnPaper } from '../src/ui/components/open-on-paper'

function Page() {
  useOpenOnPaper()
  return (
    <>
      <details data-testid="folded">
        <summary>What happened</summary>
        <p>The story</p>
      </details>
      <details data-testid="open" open>
        <summary>What makes this number</summary>
        <p>The parts</p>
      </details>
    </>
  )
}

const folded = () => screen.getByTestId('folded') as HTMLDetailsElement
const open = () => screen.getByTestId('open') as HTMLDetailsElement

describe('a page printed with folded sections', () => {
  afterEach(cleanup)

  it('opens every folded section as printing begins, and folds again only those it opened', () => {
    render(<Page />)
    expect(folded().open).toBe(false)
    act(() => window.dispatchEvent(new Event('beforeprint')))
    expect(folded().open).toBe(true)
    expect(open().open).toBe(true)
    act(() => window.dispatchEvent(new Event('afterprint')))
    expect(folded().open).toBe(false)
    expect(open().open).toBe(true)
  })

  it('stops listening once the page is gone', () => {
    const { unmount } = render(<Page />)
    const detached = folded()
    unmount()
    act(() => window.dispatchEvent(new Event('beforeprint')))
    expect(detached.open).toBe(false)
  })
})
