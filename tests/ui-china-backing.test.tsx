// @vitest-environment jsdom
// China's backing speaks of the help a government receives only when troops went: the student-play audit found
// "China publicly backs the government and the help it receives" after the Council had blocked the force.
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { bundledScenarios } from './bundled-scenarios'
import { fakeLibrary, fakeStore, memoryStorage, playAt, preferReducedMotion, renderDebrief } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

/** Kazakhstan 2022 as the Kremlin, seed 77, on the debrief: a peacekeeping force for 90 days, which Armenia blocks. */
const blocked = (language: 'en' | 'ru') =>
  fakeStore({
    library: fakeLibrary(bundledScenarios()),
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('kazakhstan-2022', 'kremlin', 'debrief', {
      seed: 77,
      choices: ['grant:peacekeepers:restore-order:90'],
    }),
  })

describe("China's backing after the Council blocked the force", { timeout: 60_000 }, () => {
  it('backs the government, and says nothing of help it never received', async () => {
    const store = await blocked('en')
    const result = store.getState().view?.result
    const kinds = result?.moves.map((m) => m.decision.kind)
    // The case the audit played: Armenia objects, and China endorses all the same.
    expect(kinds).toContain('object')
    expect(kinds).toContain('endorse')
    await renderDebrief(store)
    expect(document.body.textContent).toContain('publicly backs the government.')
    expect(document.body.textContent).not.toMatch(/help it receives/)
  })

  it('says the same in Russian', async () => {
    await renderDebrief(await blocked('ru'))
    expect(document.body.textContent).toContain('публично поддерживает правительство.')
    expect(document.body.textContent).not.toMatch(/помощь, которую оно получает/)
  })
})
