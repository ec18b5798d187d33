// The engine in this thread, for tests (and a browser without module workers): the same handler the worker
// runs, its answers delivered as promises, its warming run in idle time.
import { engineHandler } from './engine-handler'
import type { EngineTransport } from './engine-protocol'
import { runWhenIdle, type Schedule } from './idle-jobs'

export function directTransport(schedule: Schedule = runWhenIdle): EngineTransport {
  const handler = engineHandler()
  return {
    register: handler.register,
    request: (request) => Promise.resolve().then(() => handler.handle(request)),
    warm: (requests, warmed) =>
      schedule(
        requests.map((request, i) => () => {
          const view = handler.handle(request)
          warmed(i, () => view)
        }),
      ),
  }
}
