// The store's cases: every bundled historical crisis played once through the session, an instructor's own file
// left out, and a failure said in words rather than a page that waits for ever.
import { describe, expect, it } from 'vitest'
import { createGameStore } from '../src/store'
import type { Session } from '../src/store/kit'
import { fakeLibrary, fakeScenario, memoryStorage, testSession } from './ui-fakes'

const historical = fakeScenario()
const hypothetical = fakeScenario({ id: 'what-if-crisis', kind: 'hypothetical', history: undefined })
const imported = fakeScenario({ id: 'own-crisis', title: 'Own Crisis 2022' })

function storeWith(session: () => Promise<Session>) {
  return createGameStore({
    loadLibrary: async () => [
      ...fakeLibrary([historical, hypothetical]),
      { ok: true as const, scenario: imported, imported: true as const },
    ],
    loadSession: session,
    storage: memoryStorage(),
    randomSeed: () => 42,
  })
}

describe('the cases compared, in the store', () => {
  it('plays the bundled historical crises once, and leaves out the hypothetical and the imported', async () => {
    const session = testSession()
    const asked: string[][] = []
    const counting: Session = {
      ...session,
      compareCases: (scenarios) => {
        asked.push(scenarios.map((s) => s.id))
        return session.compareCases(scenarios)
      },
    }
    const store = storeWith(async () => counting)
    expect(store.getState().cases).toEqual({ status: 'idle' })
    await Promise.all([store.getState().loadCases(), store.getState().loadCases()])
    await store.getState().loadCases()
    expect(asked).toEqual([['test-crisis', 'what-if-crisis']])
    const cases = store.getState().cases
    if (cases.status !== 'ready') throw new Error(`cases are ${cases.status}`)
    expect(cases.rows.map((r) => r.scenario.id)).toEqual(['test-crisis'])
    expect(cases.rows[0]!.scenario).toBe(historical)
    expect(cases.rows[0]!.verdict.text).toBe('amended')
  })

  it('says why when the engine fails, and tries again on the next visit', async () => {
    let fail = true
    const session = testSession()
    const store = storeWith(async () => ({
      ...session,
      compareCases: (scenarios) =>
        fail ? Promise.reject(new Error('the engine stopped')) : session.compareCases(scenarios),
    }))
    await store.getState().loadCases()
    expect(store.getState().cases).toEqual({ status: 'failed', message: 'the engine stopped' })
    fail = false
    await store.getState().loadCases()
    expect(store.getState().cases.status).toBe('ready')
  })
})
