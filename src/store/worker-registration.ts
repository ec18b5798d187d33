// When the service worker is registered. Registering it on a first visit starts the download of the whole
// build, every screen and both languages, for offline use. That download should not compete with the page
// the reader opened, such as a debrief reached by a shared link that is still fetching and running its own code.
// So a first visit registers once the page has settled. A page the worker already controls registers at
// once: its files are cached, and a new version is found as the page opens.

/** How long the page's own downloads must have stopped before a first visit's worker is registered. */
export const QUIET_MS = 2000
/** The longest wait after the page's load: a page whose downloads never stop still gets its worker. */
export const LONGEST_WAIT_MS = 20_000
/** How long an idle moment is waited for once the network is quiet. */
export const IDLE_TIMEOUT_MS = 5000

/** What the timing reads of the browser's window. */
export interface RegistrationWindow {
  readonly document: { readonly readyState: DocumentReadyState }
  readonly navigator: { readonly serviceWorker?: { readonly controller: unknown } }
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void
  setTimeout(handler: () => void, ms: number): number
  clearTimeout(id: number | undefined): void
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number
  readonly PerformanceObserver?: new (
    callback: () => void,
  ) => { observe(options: { type: 'resource' }): void; disconnect(): void }
}

/** Calls `register` once: at once under a service worker, else once the page has loaded and settled. */
export function registerWhenSettled(win: RegistrationWindow, register: () => void): void {
  if (win.navigator.serviceWorker?.controller) register()
  else if (win.document.readyState === 'complete') settle(win, register)
  else win.addEventListener('load', () => settle(win, register), { once: true })
}

/** After QUIET_MS with no download finished (or LONGEST_WAIT_MS in all), in the next idle moment. */
function settle(win: RegistrationWindow, register: () => void): void {
  let done = false
  let quiet: number | undefined
  const finish = () => {
    if (done) return
    done = true
    observer?.disconnect()
    win.clearTimeout(quiet)
    win.clearTimeout(longest)
    if (win.requestIdleCallback) win.requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS })
    else register()
  }
  const restart = () => {
    win.clearTimeout(quiet)
    quiet = win.setTimeout(finish, QUIET_MS)
  }
  const observer = win.PerformanceObserver ? new win.PerformanceObserver(restart) : undefined
  const longest = win.setTimeout(finish, LONGEST_WAIT_MS)
  observer?.observe({ type: 'resource' })
  restart()
}
