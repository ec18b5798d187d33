// How a citation marker finds its entry in a page's source list: by an id, and a jump that moves focus there.

/** The id of a source list's entry: a page may hold several lists (the cases compared), each its own scope. */
export const sourceEntryId = (scope: string, n: number): string => `${scope}-source-${n}`

/** A jump within the page: a button, not a #link, since in this app the hash is the route. */
export function jumpToSource(scope: string, n: number): void {
  const entry = document.getElementById(sourceEntryId(scope, n))
  entry?.scrollIntoView({ block: 'center' })
  entry?.focus({ preventScroll: true })
}
