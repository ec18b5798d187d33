// @vitest-environment jsdom
// A map is named once, shortly, after its place, and its legend says the rest once: the drawing was labelled by the
// whole legend, and the figure named by it too, so a screen reader read every map's legend two or three times
// (ten long passages on the library). The atlas is served here, so the drawing is on the page as in a browser.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { serveAtlas } from './served-atlas'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

serveAtlas()
afterEach(cleanup)

/** Every map drawn: the drawing and the atlas load lazily. */
const drawn = (count: number) =>
  waitFor(() => expect(document.querySelectorAll('svg.map-frame')).toHaveLength(count), { timeout: 10_000 })

/** The legend's words, which only the legend itself may say. */
const LEGEND = /State in crisis|Leading member|Where:/

/** The map of `place` in `within`, named after it, its legend read once. */
function expectNamedOnce(place: string, inside: HTMLElement = document.body): void {
  // Nothing on the page is named by the legend: neither the figure nor the drawing, which the figure speaks for.
  for (const role of ['img', 'figure', 'graphics-document'])
    expect(screen.queryAllByRole(role, { name: LEGEND })).toEqual([])
  const figure = within(inside).getByRole('figure', { name: `Map of the region around ${place}` })
  expect(within(figure).getByRole('list')).toHaveTextContent('State in crisis: Kazakhstan')
  expect(within(figure).queryByRole('img')).not.toBeInTheDocument()
}

describe('a map', () => {
  it('on each library card, is named after its place, and its legend is read once', async () => {
    const library = fakeLibrary([
      fakeScenario(),
      fakeScenario({
        id: 'other-crisis',
        title: 'Other Crisis',
        place: { name: 'Bishkek', lat: 42.87, lon: 74.59 },
      }),
    ])
    const { container } = await renderApp(await fakeStore({ library }))
    await drawn(2)
    expectNamedOnce('Bishkek', screen.getByRole('article', { name: 'Other Crisis' }))
    expectNamedOnce('Almaty', screen.getByRole('article', { name: 'Test Crisis 2022' }))
    await expectAccessible(container)
  })

  it("on a crisis's page and in its resolution, the same", async () => {
    await renderApp(await fakeStore({ route: { name: 'scenario', scenario: 'test-crisis' } }))
    await drawn(1)
    expectNamedOnce('Almaty')
    cleanup()

    preferReducedMotion(true)
    const resolve = playAt('test-crisis', 'kazakhstan', 'resolve', {
      seed: 42,
      choices: ['request:foreign-backed:peacekeepers:90'],
    })
    await renderApp(await fakeStore({ route: resolve }))
    await drawn(1)
    expectNamedOnce('Almaty')
  })
})
