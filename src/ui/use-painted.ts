// Whether a component has been on the screen for a frame: a live region has to be there, empty, before what it says
// arrives, or a screen reader takes its first content for part of the page and never reads it out.
import { useEffect, useState } from 'react'

export function usePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    // Two frames, not one: an effect can run before the first paint (after an update React commits at once), and a
    // single frame's callback would then run before that paint too.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(true))
    })
    return () => cancelAnimationFrame(frame)
  }, [])
  return painted
}
