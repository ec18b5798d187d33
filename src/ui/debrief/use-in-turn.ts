// A long page's parts drawn one after another, each in a render React may pause and a commit of its own: the first
// part shows without waiting for the rest, and no one task of the page's thread draws the whole page.
import { startTransition, useEffect, useState } from 'react'

/** How many of `count` parts to show now: none at first, then one more after each has been drawn. */
export function useInTurn(count: number): number {
  const [shown, setShown] = useState(0)
  useEffect(() => {
    if (shown < count) startTransition(() => setShown(shown + 1))
  }, [shown, count])
  return shown
}
