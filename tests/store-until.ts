// Waiting for a store to reach a state, for the tests that drive a seat's store against a real server.
import type { StoreApi } from 'zustand/vanilla'

/**
 * Resolves with the store's state once it passes `test`. It guards against a hang, not against slowness: past
 * `ms`, which stays under the test's own timeout (60 s), it fails with the state the store was left in, which
 * says more than a timeout alone; a loaded machine that is merely slow is not a failure.
 */
export function until<S>(store: StoreApi<S>, test: (s: S) => boolean, ms = 45_000): Promise<S> {
  if (test(store.getState())) return Promise.resolve(store.getState())
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      stop()
      fail(new Error(`state never came: ${JSON.stringify(store.getState()).slice(0, 400)}`))
    }, ms)
    const stop = store.subscribe((s) => {
      if (!test(s)) return
      clearTimeout(timer)
      stop()
      done(s)
    })
  })
}
