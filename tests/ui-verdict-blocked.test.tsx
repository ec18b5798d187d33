// @vitest-environment jsdom
// A game whose force the Council blocked. The consensus is one of the verdict's rules, so the verdict of such a game
// is "not eligible"; a student who had read "Contested" for the same request on the decide screen read the
// outcomes' "Not eligible: a condition of Article 4 fails" as the request failing the treaty. Where consensus is
// the only rule that fails, the badge says the Council blocked it.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY, shownVerdict } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const CRISIS = 'armenia-2022'
/** Game 2, Moscow granting peacekeepers to restore order: Belarus and Kazakhstan stay out, Kyrgyzstan objects. */
const game = (language: 'en' | 'ru') =>
  fakeStore({
    library: fakeLibrary([bundled(CRISIS)]),
    loadTranslations,
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt(CRISIS, 'kremlin', 'outcomes', {
      seed: 2,
      choices: ['grant:peacekeepers:restore-order:14'],
    }),
  })

describe('a game whose force the Council blocked', () => {
  it('is shown as blocked in the Council, the only rule that failed being the consensus', async () => {
    const store = await game('en')
    const result = store.getState().view?.result
    if (result?.status !== 'finished') throw new Error('the game did not finish')
    const verdict = result.report.verdict
    expect(verdict.status).toBe('not-eligible')
    expect(verdict.rules.filter((r) => r.status === 'fails').map((r) => r.rule)).toEqual(['consensus'])
    expect(shownVerdict(verdict)).toBe('blocked')
    await renderApp(store)
    expect(await screen.findByText('Blocked: the Council reached no consensus')).toBeInTheDocument()
    expect(screen.queryByText(/Not eligible/)).toBeNull()
  })

  it('says so in Russian', async () => {
    await renderApp(await game('ru'))
    expect(await screen.findByText('Заблокировано: Совет не достиг консенсуса')).toBeInTheDocument()
  })

  it('stays "not eligible" where a condition of the treaty fails too, and keeps every other status', () => {
    const rule = (r: string, status: 'holds' | 'contested' | 'fails') => ({ rule: r, status }) as never
    const verdict = (status: 'eligible' | 'contested' | 'not-eligible', rules: never[]) =>
      ({ status, rules }) as never
    expect(
      shownVerdict(verdict('not-eligible', [rule('consensus', 'fails'), rule('territory', 'fails')])),
    ).toBe('not-eligible')
    expect(shownVerdict(verdict('not-eligible', [rule('territory', 'fails')]))).toBe('not-eligible')
    expect(
      shownVerdict(verdict('contested', [rule('consensus', 'holds'), rule('territory', 'contested')])),
    ).toBe('contested')
    expect(shownVerdict(verdict('eligible', [rule('consensus', 'holds')]))).toBe('eligible')
  })
})
