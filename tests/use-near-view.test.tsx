// @vitest-environment jsdom
// When a library card's map is drawn: once the card comes near the screen, as the browser's IntersectionObserver
// reports it, and at once where it need not wait or no observer can tell. The end-to-end suite sees the same in
// Chromium; here each step is driven by hand.
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useNearView } from '../src/ui/map/use-near-view'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function Card({ wait }: { wait: boolean }) {
  const [ref, near] = useNearView<HTMLDivElement>(wait)
  return <div ref={ref}>{near ? 'drawn' : 'waiting'}</div>
}

/** A stand-in for the browser's observer: it keeps what it was given, and a test reports entries through it. */
function fakeObserver() {
  const made: { report: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[] = []
  class FakeIntersectionObserver {
    private readonly entry: (typeof made)[number]
    constructor(report: IntersectionObserverCallback) {
      this.entry = { report, targets: [], disconnected: false }
      made.push(this.entry)
    }
    observe(target: Element) {
      this.entry.targets.push(target)
    }
    disconnect() {
      this.entry.disconnected = true
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
  const report = (isIntersecting: boolean) =>
    act(() => {
      const observer = made.at(-1)!
      const entries = observer.targets.map((target) => ({ target, isIntersecting }))
      observer.report(
        entries as unknown as IntersectionObserverEntry[],
        observer as unknown as IntersectionObserver,
      )
    })
  return { made, report }
}

describe('a map that waits for its card to come near', () => {
  it('stays a placeholder while the card is away, is drawn once it comes near, and stops watching', () => {
    const { made, report } = fakeObserver()
    render(<Card wait />)
    expect(screen.getByText('waiting')).toBeTruthy()
    expect(made).toHaveLength(1)
    expect(made[0]!.targets).toHaveLength(1)

    report(false)
    expect(screen.getByText('waiting')).toBeTruthy()

    report(true)
    expect(screen.getByText('drawn')).toBeTruthy()
    expect(made[0]!.disconnected).toBe(true)
    // Drawn for good: no second observer is made.
    expect(made).toHaveLength(1)
  })

  it('stops watching when the card leaves the page before it came near', () => {
    const { made } = fakeObserver()
    const { unmount } = render(<Card wait />)
    unmount()
    expect(made[0]!.disconnected).toBe(true)
  })

  it('is drawn at once when it need not wait, with no observer made', () => {
    const { made } = fakeObserver()
    render(<Card wait={false} />)
    expect(screen.getByText('drawn')).toBeTruthy()
    expect(made).toHaveLength(0)
  })

  it('is drawn at once in a browser without an observer, as nothing could tell it when', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    render(<Card wait />)
    expect(screen.getByText('drawn')).toBeTruthy()
  })
})
