// Warmed what-if replays cross from the engine's worker as JSON text, and the page reads only the positions the
// student comes to: the others are never parsed, and the one shown is the replay the engine made.
import { describe, expect, it } from 'vitest'
import { directTransport } from '../src/store/direct-transport'
import { createSession } from '../src/store/engine-client'
import type { EngineTransport } from '../src/store/engine-protocol'
import type { FactValues, WhatIfView } from '../src/store/session'
import { workerTransport } from '../src/store/worker-transport'
import { fakeStore, playAt } from './ui-fakes'
import { fakeWorker } from './worker-fakes'

const REQUEST = 'request:foreign-backed:peacekeepers:14'

/** The student's finished game, and a session of its own on the engine in this thread. */
async function finishedGame() {
  const store = await fakeStore({
    route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 8, choices: [REQUEST] }),
  })
  const view = store.getState().view!
  if (view.result.status !== 'finished') throw new Error('expected a finished game')
  return view
}

describe('warmed what-if replays', () => {
  it('arrive as text and are read as the replay the engine made', async () => {
    const view = await finishedGame()
    const engine = createSession(directTransport())
    const made = await engine.playWhatIf(view, { 'china.stakes': 0.3 }, engine.FULL_RUNS)
    const page = fakeWorker()
    const heard: (() => WhatIfView)[] = []
    workerTransport(page.worker).warm([], (_, replay) => heard.push(replay))
    const warm = page.posted.find((m) => m.type === 'warm')!
    if (warm.type !== 'warm') throw new Error('expected a warm-up')
    page.answer({ type: 'warmed', batch: warm.batch, index: 0, text: JSON.stringify(made) })
    expect(heard).toHaveLength(1)
    expect(heard[0]!()).toStrictEqual(made)
  })

  it('are parsed only for the positions the student comes to, and once each', async () => {
    const view = await finishedGame()
    const reads = new Map<number, number>()
    const inner = directTransport((jobs) => {
      for (const job of jobs) job()
      return () => {}
    })
    const counting: EngineTransport = {
      ...inner,
      warm: (requests, warmed) =>
        inner.warm(requests, (i, replay) =>
          warmed(i, () => {
            reads.set(i, (reads.get(i) ?? 0) + 1)
            return replay()
          }),
        ),
    }
    const session = createSession(counting)
    const positions: FactValues[] = [0.1, 0.2, 0.3].map((to) => ({ 'china.stakes': to }))
    session.warmWhatIf(view, positions)
    expect(reads.size).toBe(0)
    const shown = session.replayed(view, positions[1]!, session.FULL_RUNS)
    session.replayed(view, positions[1]!, session.FULL_RUNS)
    expect([...reads]).toEqual([[1, 1]])
    const fresh = await createSession(directTransport()).playWhatIf(view, positions[1]!, session.FULL_RUNS)
    expect(shown).toStrictEqual(fresh)
  })

  it('show a position as the same frozen replay each time, so the store need not search or freeze it again', async () => {
    const view = await finishedGame()
    const session = createSession(
      directTransport((jobs) => {
        for (const job of jobs) job()
        return () => {}
      }),
    )
    const warmed: FactValues = { 'china.stakes': 0.2 }
    session.warmWhatIf(view, [warmed])
    const first = session.replayed(view, warmed, session.FULL_RUNS)!
    expect(session.replayed(view, { ...warmed }, session.FULL_RUNS)).toBe(first)
    // A drag asks for fewer runs and is shown the full replay already made, the same object.
    expect(session.replayed(view, warmed, session.DRAG_RUNS)).toBe(first)
    expect(first.changes).toEqual(warmed)
    // One made on demand is kept the same way.
    const asked: FactValues = { 'china.stakes': 0.7 }
    const made = await session.playWhatIf(view, asked, session.FULL_RUNS)
    expect(session.replayed(view, asked, session.FULL_RUNS)).toBe(made)
    for (const replay of [first, made]) {
      expect(Object.isFrozen(replay)).toBe(true)
      expect(Object.isFrozen(replay.moves)).toBe(true)
      expect(Object.isFrozen(replay.outcomes.regimeStability)).toBe(true)
    }
  })
})
