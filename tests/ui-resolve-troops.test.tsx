// @vitest-environment jsdom
// The troops that land, in a game that waits for the student after the Council's last vote: the force has gone
// already, so the dispatch and the map name every member that sends troops, and how many, as the screens after the
// student's answer do. Kazakhstan 2022 played as Beijing, game 31: Tokayev asks, Moscow grants peacekeepers, all
// four members consent, and the game waits for Beijing's reaction (a student-play audit found only Russia named).
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatDecision } from '../src/engine'
import { type Dispatch, type GameView, sceneOf } from '../src/store'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

const beijing = async (choices: string[] = []) =>
  fakeStore({
    library: [...(await loadBundledLibrary())],
    route: playAt('kazakhstan-2022', 'beijing', 'resolve', { seed: 31, choices }),
  })
const landingOf = (view: GameView) =>
  [...sceneOf(view).known, ...sceneOf(view).arriving].find(
    (d): d is Extract<Dispatch, { kind: 'landing' }> => d.kind === 'landing',
  )
const EVERY_MEMBER = ['russia', 'belarus', 'kyrgyzstan', 'tajikistan', 'armenia']

describe('the troops that land while the game waits for the student', () => {
  it('are every member that consented, and their number, before Beijing has answered', async () => {
    preferReducedMotion(true)
    const store = await beijing()
    const view = store.getState().view!
    // The audited game: all four members consent, and Beijing has yet to answer.
    expect(view.result.status).toBe('awaiting')
    expect(view.result.moves.filter((m) => m.stage === 'vote').map((m) => m.decision.kind)).toEqual([
      'consent',
      'consent',
      'consent',
      'consent',
    ])
    expect(landingOf(view)).toMatchObject({ from: EVERY_MEMBER, troops: 2500 })
    await renderApp(store)
    await waitFor(() => expect(document.querySelector('.move-card.landing')).not.toBeNull())
    await waitFor(() => expect(document.querySelector('.map-loading')).toBeNull())
    expect(document.querySelector('.move-card.landing .move-line')).toHaveTextContent(
      'A peacekeeping contingent of about 2,500 troops arrives from Russia, Belarus, Kyrgyzstan, Tajikistan and Armenia to guard strategic sites for 14 days.',
    )
    expect(
      screen.getByText('Troops from Russia, Belarus, Kyrgyzstan, Tajikistan, Armenia'),
    ).toBeInTheDocument()
  })

  it('stay the same once Beijing has answered and the report is in, whatever it answers', async () => {
    const waiting = (await beijing()).getState().view!
    const before = landingOf(waiting)
    if (waiting.result.status !== 'awaiting') throw new Error('the audited game no longer waits for Beijing')
    for (const answer of waiting.result.pending.options) {
      const over = (await beijing([formatDecision(answer)])).getState().view!
      if (over.result.status !== 'finished') throw new Error('the game goes on after Beijing answers')
      const contingent = over.result.report.contingent!
      expect(contingent.shares.map((s) => s.actor)).toEqual(EVERY_MEMBER)
      expect(landingOf(over)).toEqual(before)
      expect(landingOf(over)).toMatchObject({ from: EVERY_MEMBER, troops: contingent.troops })
    }
  })

  it('give the days granted, though the host sends the troops home early later in the game', async () => {
    // Kazakhstan 2022 as the Kremlin, granting peacekeepers for 90 days: the first game whose host asks them to leave.
    const library = [...(await loadBundledLibrary())]
    const kremlin = (seed: number, choices: string[]) =>
      fakeStore({ library, route: playAt('kazakhstan-2022', 'kremlin', 'resolve', { seed, choices }) })
    for (let seed = 1; seed <= 60; seed++) {
      const asked = (await kremlin(seed, [])).getState().view!
      if (asked.result.status !== 'awaiting') continue
      const grant = asked.result.pending.options.find(
        (o) => o.kind === 'grant' && o.force === 'peacekeepers' && o.days === 90,
      )
      if (!grant) continue
      const over = (await kremlin(seed, [formatDecision(grant)])).getState().view!
      if (
        over.result.status !== 'finished' ||
        !over.result.moves.some((m) => m.decision.kind === 'ask-to-leave')
      )
        continue
      const { deployment } = over.result.report
      if (deployment.kind !== 'deployed') throw new Error('a host asked troops to leave that never came')
      // The report gives the shorter stay; the landing, dated before the host asked, the days granted.
      expect(deployment.days).toBeLessThan(90)
      expect(landingOf(over)).toMatchObject({ days: 90 })
      return
    }
    throw new Error('no game of 60 had its host ask the troops to leave')
  })
})
