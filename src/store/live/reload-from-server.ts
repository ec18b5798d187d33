// The way back for a page the workshop server refused for its version: a reload that brings the server's version
// of the app, not the service worker's copy of the one refused.

/** What a reload from the server reads of the browser's window. */
export interface ReloadWindow {
  readonly navigator: {
    readonly serviceWorker?: { getRegistrations(): Promise<readonly { unregister(): Promise<boolean> }[]> }
  }
  readonly location: { reload(): void }
}

/**
 * Lets go of the service worker, then reloads. A plain reload would load the worker's copy again: a new worker
 * waits for the reader's "Reload" (app-slice.ts), and this page has not heard of one yet. The page that loads
 * registers the server's version of the worker.
 */
export async function reloadFromServer(win: ReloadWindow = window): Promise<void> {
  // A browser that will not say (a storage setting, a private window) still gets its reload.
  const registrations = (await win.navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? []
  await Promise.all(registrations.map((r) => r.unregister().catch(() => false)))
  win.location.reload()
}
