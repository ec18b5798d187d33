// What a reader left folded prints unfolded: paper cannot be opened, and a closed <details> ("What happened" in
// the cases compared, an actor's record in the debrief) would print as its summary alone. The page opens them as
// printing begins and closes again, after printing, those it opened: what the reader had open stays open.
import { useEffect } from 'react'

/**
 * Opens every closed <details> of the page for printing, and closes them again after. The browser calls the
 * beforeprint listeners in the order they were added, so a hook whose listener draws more of the page (`useInTurn`)
 * goes before this one in the same component, and passes its part count as `drawn`: when it changes, both
 * listeners are added again in that order.
 */
export function useOpenOnPaper(drawn?: number): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `drawn` orders the listeners, it is not read
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')]
      for (const details of opened) details.open = true
    }
    const close = () => {
      for (const details of opened) details.open = false
      opened = []
    }
    window.addEventListener('beforeprint', open)
    window.addEventListener('afterprint', close)
    return () => {
      window.removeEventListener('beforeprint', open)
      window.removeEventListener('afterprint', close)
    }
  }, [drawn])
}
