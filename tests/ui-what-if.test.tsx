// @vitest-environment jsdom
// What if: a slider per fact the scenario names; the others' choices and the outcomes follow as it moves.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const whatIf = () =>
  fakeStore({
    route: playAt('test-crisis', 'kazakhstan', 'what-if', {
      seed: 42,
      choices: ['request:foreign-backed:peacekeepers:14'],
    }),
  })

describe('what if', () => {
  it("offers a slider for each fact the scenario names, at the scenario's value", async () => {
    await renderApp(await whatIf())
    for (const [fact, value] of [
      ['moscow.commitments', '0.75'],
      ['china.stakes', '0.8'],
      ['threat.outsideEvidence', '0.1'],
    ] as const)
      expect(screen.getByTestId(`whatif-slider-${fact}`)).toHaveValue(value)
    expect(screen.getByLabelText("Russia's competing military commitments")).toBeInTheDocument()
  })

  it("says a fact's note of changing no decision is about the engine's own game, and the outcomes may move", async () => {
    const note = "China's stake changes no one's decision here."
    await renderApp(
      await fakeStore({
        library: fakeLibrary([fakeScenario({ inert: { 'china.stakes': note } })]),
        route: playAt('test-crisis', 'kazakhstan', 'what-if', {
          seed: 42,
          choices: ['request:foreign-backed:peacekeepers:14'],
        }),
      }),
    )
    expect(
      screen.getByText(`${note} This holds when the engine plays every side; the outcomes may still move.`),
    ).toBeInTheDocument()
  })

  it('replays the game when a slider is released, and marks what changed', async () => {
    const store = await whatIf()
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-threat.outsideEvidence')
    fireEvent.input(slider, { target: { value: '1' } })
    fireEvent.change(slider, { target: { value: '1' } })
    await waitFor(() =>
      expect(store.getState().whatIf).toMatchObject({ runs: 1000, changes: { 'threat.outsideEvidence': 1 } }),
    )
    // The mark is words in the label, so the slider's name carries it in the reader's language.
    expect(screen.getByRole('slider', { name: 'Evidence of outside involvement — changed' })).toBe(slider)
    // The way back names its fact as the label writes it, capitals and all.
    expect(screen.getByRole('button', { name: 'Reset Evidence of outside involvement' })).toBeInTheDocument()
    expect(await screen.findByText(/On the changed facts, beside your game/)).toBeInTheDocument()
    expect(screen.getByTestId('outcome-regimeStability')).toHaveTextContent(
      /Median: (the same as|\d+ points? (above|below)) your game/,
    )
    // The student's game keeps the colour the outcomes page gives it; the changed game takes another.
    const legend = document.querySelectorAll('.chart-legend .legend-item .key')
    expect([...legend].map((key) => key.className)).toEqual(['key series-2', 'key series-0'])
  })

  it('resets a fact to the scenario', async () => {
    const store = await whatIf()
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-china.stakes')
    fireEvent.change(slider, { target: { value: '0.2' } })
    await waitFor(() => expect(store.getState().whatIf).not.toBeNull())
    await userEvent.click(screen.getByText(/^Reset/, { selector: '.fact-slider button' }))
    expect(store.getState().whatIf).toBeNull()
    expect(screen.getByTestId('whatif-slider-china.stakes')).toHaveValue('0.8')
  })

  it('moves the thumb with a drag before the store does, and shows the scenario again after a reset', async () => {
    const store = await whatIf()
    await renderApp(store)
    const slider = () => screen.getByTestId('whatif-slider-china.stakes')
    fireEvent.input(slider(), { target: { value: '0.2' } })
    // The drag's replay waits for the next frame; the thumb and its figure do not.
    expect(store.getState().game?.whatIf['china.stakes']).toBeUndefined()
    expect(slider()).toHaveValue('0.2')
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^leaning towards few \(0\.20\)/),
    )
    fireEvent.change(slider(), { target: { value: '0.2' } })
    await waitFor(() => expect(store.getState().whatIf).not.toBeNull())
    expect(slider()).toHaveValue('0.2')
    // Back to the value the drag started from: the slider shows the store's value, not the drag's last position.
    await userEvent.click(screen.getByText(/^Reset/, { selector: '.fact-slider button' }))
    expect(store.getState().whatIf).toBeNull()
    expect(slider()).toHaveValue('0.8')
  })

  it('names a moved slider as changed in Russian too, with no English left in its name', async () => {
    const store = await fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
      route: playAt('test-crisis', 'kazakhstan', 'what-if', {
        seed: 42,
        choices: ['request:foreign-backed:peacekeepers:14'],
      }),
    })
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-threat.outsideEvidence')
    expect(slider).toHaveAccessibleName('Доказательства вмешательства извне')
    fireEvent.change(slider, { target: { value: '1' } })
    await waitFor(() =>
      expect(store.getState().whatIf).toMatchObject({ changes: { 'threat.outsideEvidence': 1 } }),
    )
    expect(screen.getByRole('slider', { name: 'Доказательства вмешательства извне — изменено' })).toBe(slider)
    expect(document.querySelector('.fact-slider.changed label')?.textContent).not.toMatch(/changed/)
  })

  it('keeps the outcomes beside the sliders, ahead of the list of choices', async () => {
    await renderApp(await whatIf())
    const sliders = screen.getByRole('region', { name: 'The facts' })
    const chart = screen.getByTestId('outcome-regimeStability')
    const choices = screen.getByRole('region', { name: 'The choices on these facts' })
    expect(sliders.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(chart.compareDocumentPosition(choices) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await whatIf())
    await expectAccessible(container)
  })
})
