// A long page's parts drawn one after another, each in a render React may pause and a commit of its own: the first
// part shows without waiting for the rest, and no one task of the page's thread draws the whole page. Printing
// cannot wait for them: a student who prints at once gets every part, drawn before the browser lays out the page.
import { startTransition, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** How many of `count` parts to show now: none at first, then one more after each has been drawn; all to print. */
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
