// The engine's worker the store talks to (src/store/worker-session.ts): on a game's address index.html's first script
// has started it already, and the store takes that one, once; otherwise, and after, the store starts its own.
import { afterEach, describe, expect, it } from 'vitest'
import { workerSession } from '../src/store/worker-session'
import { fakeWorker } from './worker-fakes'

const page = globalThis as { Worker?: unknown; articleFourEngine?: Worker }
const original = page.Worker

afterEach(() => {
  page.Worker = original
  delete page.articleFourEngine
})

/** Workers as the browser would start them, each a fake that records what the page posts. */
function browserWorkers() {
  const made: ReturnType<typeof fakeWorker>[] = []
  page.Worker = function Worker() {
    const fake = fakeWorker()
    made.push(fake)
    return fake.worker
  }
  return made
}

describe("the engine's worker", () => {
  it("is the one the page's first script started, taken once", async () => {
    const made = browserWorkers()
    const early = fakeWorker()
    page.articleFourEngine = early.worker
    const first = await workerSession()
    void first.historicalOpening({ id: 'crisis' } as never, { id: 'kremlin' } as never, 0)
    expect(made).toHaveLength(0)
    expect(early.posted.map((m) => m.type)).toEqual(['scenario', 'request'])
    expect(page.articleFourEngine).toBeUndefined()
    // Taken once: another session starts a worker of its own.
    await workerSession()
    expect(made).toHaveLength(1)
  })

  it('is started by the store where the page started none', async () => {
    const made = browserWorkers()
    const session = await workerSession()
    void session.historicalOpening({ id: 'crisis' } as never, { id: 'kremlin' } as never, 0)
    expect(made).toHaveLength(1)
    expect(made[0]!.posted.map((m) => m.type)).toEqual(['scenario', 'request'])
  })
})
