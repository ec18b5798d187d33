// A long page's parts drawn one after another, each in a render React may pause and a commit of its own: the first
// part shows without waiting for the rest, and no one task of the page's thread draws the whole page. A part too
// long for one task is drawn in steps of its own (the debrief's actors, card by card). Printing cannot wait for
// them: a student who prints at once gets every part, drawn before the browser lays out the page.
import { type ReactNode, startTransition, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** How many of `count` steps to show now: none at first, then one more after each has been drawn; all to print. */
export function useInTurn(count: number): number {
  const [shown, setShown] = useState(0)
  useEffect(() => {
    if (shown < count) startTransition(() => setShown(shown + 1))
  }, [shown, count])
  useEffect(() => {
    // The browser lays the page out for printing as soon as its beforeprint listeners return.
    const all = () => flushSync(() => setShown(count))
    window.addEventListener('beforeprint', all)
    return () => window.removeEventListener('beforeprint', all)
  }, [count])
  return shown
}

/** A part of a page drawn in `steps` commits; `draw` gets how many of them have come, 1 to `steps`. */
export interface PartInTurn {
  readonly steps: number
  readonly draw: (drawn: number) => ReactNode
}

// Each step draws the page again with one more step shown. A part that gives React the very element it gave in the
// commit before is left as it was, its components not called again; so while the later parts come, the ones drawn
// already cost nothing. Kept across commits (in useMemo), the parts below give the same element for the same count.

/** A part drawn in one step. */
export const whole = (part: ReactNode): PartInTurn => ({ steps: 1, draw: () => part })

/** A part drawn in `steps` steps: `draw` is called once for each count of them, and its element kept. */
export function inSteps(steps: number, draw: (drawn: number) => ReactNode): PartInTurn {
  let last: { readonly drawn: number; readonly part: ReactNode } | undefined
  return {
    steps,
    draw: (drawn) => {
      if (last?.drawn !== drawn) last = { drawn, part: draw(drawn) }
      return last.part
    },
  }
}

/** Every step the parts take, for useInTurn. */
export const stepsOf = (parts: readonly PartInTurn[]): number =>
  parts.reduce((total, part) => total + part.steps, 0)

/** What the first `shown` steps draw: each part they finish whole, then the one under way with its steps so far. */
export function drawnSoFar(parts: readonly PartInTurn[], shown: number): ReactNode[] {
  const drawn: ReactNode[] = []
  let left = shown
  for (const part of parts) {
    if (left <= 0) break
    drawn.push(part.draw(Math.min(part.steps, left)))
    left -= part.steps
  }
  return drawn
}
