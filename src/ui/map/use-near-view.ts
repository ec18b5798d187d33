// Whether an element has come near the screen. The library's cards draw their maps (and load d3 and the atlas for
// them) only as a reader reaches them: on a phone the first page shows no map at all, and projecting a dozen maps
// at once was the longest task of its start.
import { type RefObject, useEffect, useRef, useState } from 'react'

/**
 * How far below the screen a map starts to be drawn: none, so a phone's first screen (its first map starts just
 * below it) loads no map; once one is drawn, d3 and the atlas are here and the next takes a frame or two.
 */
const AHEAD = '0px'

/** Whether the element is near the screen; always, when it need not `wait` for that. */
export function useNearView<T extends Element>(wait: boolean): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null)
  // Without an observer (an old browser, a test's DOM) there is no telling: draw at once.
  const [near, setNear] = useState(() => !wait || typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    // The observer reports where the element stands as soon as it observes it: nothing happens unseen in between.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true)
      },
      { rootMargin: `${AHEAD} 0px` },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return [ref, near]
}
