// @vitest-environment jsdom
// The resolution's clock follows the scenario's record where it gives the hours of the stages, and says so under
// the dispatches; a scenario that gives none keeps the game's own pace of diplomacy, and says that instead.
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { type GameView, sceneOf } from '../src/store'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

const REQUEST = 'request:foreign-backed:peacekeepers:90'
const viewOf = async (store: Awaited<ReturnType<typeof fakeStore>>): Promise<GameView> =>
  store.getState().view!
/** The test crisis, played to its resolution: its dates name no hours. */
const testCrisis = () =>
  fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'resolve', { choices: [REQUEST] }) })
const kazakhstan = async () =>
  fakeStore({
    library: [...(await loadBundledLibrary())],
    route: playAt('kazakhstan-2022', 'tokayev', 'resolve', { choices: [REQUEST] }),
  })
const bundled = async (scenario: string, role: string, choice: string) =>
  fakeStore({
    library: [...(await loadBundledLibrary())],
    route: playAt(scenario, role, 'resolve', { choices: [choice] }),
  })
/** The scene's dispatches, by kind and stage, each with its time. */
const times = (view: GameView) =>
  sceneOf(view).arriving.map((d) => [d.kind === 'move' ? d.move.stage : d.kind, d.at])

describe("the resolution's clock", () => {
  it("keeps the game's own pace for a scenario that gives no hours", async () => {
    const view = await viewOf(await testCrisis())
    const scene = sceneOf(view)
    expect(scene.recorded).toBe(false)
    const [first, second] = times(view)
    expect(first).toEqual(['request', `${view.scenario.dates.start}T09:00:00.000Z`])
    expect(second).toEqual(['response', `${view.scenario.dates.start}T15:00:00.000Z`])
  })

  it('follows the hours a scenario gives, the votes half an hour apart, the rest on the game clock', async () => {
    const plain = await viewOf(await testCrisis())
    const view: GameView = {
      ...plain,
      scenario: {
        ...plain.scenario,
        dates: {
          start: '2030-01-02',
          decision: '2030-01-05',
          hours: { request: 21, response: 22, vote: 23 },
        },
      },
    }
    expect(sceneOf(view).recorded).toBe(true)
    const told = times(view)
    expect(told.slice(0, 2)).toEqual([
      ['request', '2030-01-05T21:00:00.000Z'],
      ['response', '2030-01-05T22:00:00.000Z'],
    ])
    const votes = told.filter(([stage]) => stage === 'vote').map(([, at]) => at)
    expect(votes.length).toBeGreaterThan(1)
    expect(votes).toEqual(
      votes.map((_, i) => new Date(Date.UTC(2030, 0, 5, 23) + i * 1_800_000).toISOString()),
    )
    // The landing and the reaction, not given, keep the game's clock: 06:00 and noon the next day.
    expect(told.slice(-2)).toEqual([
      ['landing', '2030-01-06T06:00:00.000Z'],
      ['reaction', '2030-01-06T12:00:00.000Z'],
    ])
  })

  it('tells Kazakhstan 2022 on the record: the appeal on the evening of 5 January, the Council that night', async () => {
    const view = await viewOf(await kazakhstan())
    const told = times(view)
    expect(told[0]).toEqual(['request', '2022-01-05T21:00:00.000Z'])
    expect(told[1]).toEqual(['response', '2022-01-05T22:00:00.000Z'])
    expect(told.find(([stage]) => stage === 'vote')).toEqual(['vote', '2022-01-05T23:00:00.000Z'])
  })

  it("dates Armenia 2020 by its briefings: the request on 9 October, after Moscow's statement of 7 October", async () => {
    const view = await viewOf(
      await bundled('armenia-2020', 'pashinyan', 'request:external-attack:observers:14'),
    )
    expect(sceneOf(view).recorded).toBe(false)
    expect(times(view)[0]).toEqual(['request', '2020-10-09T09:00:00.000Z'])
  })

  it('tells Kyrgyzstan April 2010 from the evening of 7 April, as the briefing sets it', async () => {
    const view = await viewOf(
      await bundled('kyrgyzstan-april-2010', 'bakiyev', 'request:internal-unrest:observers:14'),
    )
    expect(sceneOf(view).recorded).toBe(true)
    const told = times(view)
    expect(told.slice(0, 2)).toEqual([
      ['request', '2010-04-07T20:00:00.000Z'],
      ['response', '2010-04-07T22:00:00.000Z'],
    ])
  })

  it('shows the player the evening of 5 January, and says the times follow the record', async () => {
    preferReducedMotion(true)
    await renderApp(await kazakhstan())
    // The dispatches come into their list once it has been drawn empty (a live region announces only what arrives).
    await waitFor(() =>
      expect(document.querySelector('.arriving time')?.textContent).toBe('5 January, 21:00'),
    )
    expect(
      screen.getByText(/^Times follow the record where the scenario gives them, in the crisis's local time/),
    ).toBeInTheDocument()
    expect(screen.queryByText(/^Times are the game's own clock/)).toBeNull()
  })

  it("says the times are the game's own clock for a scenario that gives none", async () => {
    preferReducedMotion(true)
    await renderApp(await testCrisis())
    expect(
      screen.getByText("Times are the game's own clock, counted from the day of the first decision."),
    ).toBeInTheDocument()
  })
})
