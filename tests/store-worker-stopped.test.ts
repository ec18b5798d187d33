// The engine's worker, when it stops (its script could not load: a build replaced under an open page, or no network
// and no cache): the requests waiting fail with the reason, and so does every later one, at once, instead of
// waiting for ever for a reply.
import { describe, expect, it } from 'vitest'
import type { EngineRequest } from '../src/store/engine-protocol'
import { workerTransport } from '../src/store/worker-transport'
import { fakeWorker } from './worker-fakes'

const OPENING: EngineRequest = { kind: 'opening', scenario: 1, role: 'kremlin', from: 0 }

describe('a stopped engine worker', () => {
  it('fails the request waiting, with the reason the browser gave', async () => {
    const page = fakeWorker()
    const transport = workerTransport(page.worker)
    const waiting = transport.request(OPENING)
    page.fail('Failed to fetch a dynamically imported module')
    await expect(waiting).rejects.toThrow('the engine stopped: Failed to fetch a dynamically imported module')
  })

  it('fails every later request at once, and posts nothing more to it', async () => {
    const page = fakeWorker()
    const transport = workerTransport(page.worker)
    page.fail('')
    const before = page.posted.length
    await expect(transport.request(OPENING)).rejects.toThrow('the engine stopped: its script could not run')
    await expect(transport.request(OPENING)).rejects.toThrow('the engine stopped: its script could not run')
    expect(page.posted).toHaveLength(before)
  })
})
