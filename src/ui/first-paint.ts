// The first paint's shell: index.html shows the site's header (and, on the library, its heading) before the app's
// script has come, so a slow connection sees the page begin at once. The app takes it away in the same commit that
// draws its own, before the browser paints again, so the reader sees one page give way to the same page.
import { useLayoutEffect } from 'react'

/** Takes the shell away once `drawn`: from the frame that has drawn the app's header, or its message of failure. */
export function useFirstPaintGone(drawn = true): void {
  useLayoutEffect(() => {
    if (drawn) document.getElementById('first-paint')?.remove()
  }, [drawn])
}
