// @vitest-environment jsdom
// What a screen reader hears on the what-if page: once a replay settles, one sentence in a polite live region saying
// which choices differ from the student's game and which outcomes moved; the sliders' figures are not said twice.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const ROUTE = playAt('test-crisis', 'kazakhstan', 'what-if', {
  seed: 42,
  choices: ['request:foreign-backed:peacekeepers:14'],
})
const whatIf = (language: 'en' | 'ru' = 'en') =>
  fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: language }), route: ROUTE })
const heard = () => screen.getByTestId('whatif-heard')
type Store = Awaited<ReturnType<typeof whatIf>>

/** Lets a slider go at `value`, as a key press or the end of a drag does, and waits for the replay to settle. */
async function release(store: Store, fact: string, value: string): Promise<void> {
  fireEvent.change(screen.getByTestId(`whatif-slider-${fact}`), { target: { value } })
  await waitFor(() => expect(store.getState().game?.whatIf).toMatchObject({ [fact]: Number(value) }))
  await waitFor(() => expect(store.getState().replaying).toBe(false))
}

describe('what a screen reader hears of a what-if', () => {
  it('says nothing on opening, from a polite region that is there, empty, for what comes', async () => {
    await renderApp(await whatIf())
    expect(heard()).toHaveAttribute('aria-live', 'polite')
    expect(heard()).toBeEmptyDOMElement()
  })

  it('names the choices that differ and the two outcomes that moved most, and counts the rest', async () => {
    const store = await whatIf()
    await renderApp(store)
    // Moscow stretched thin: the student's own request meets another answer, and every outcome moves.
    await release(store, 'moscow.commitments', '1')
    await waitFor(() =>
      expect(heard()).toHaveTextContent(
        "1 choice differs from your game; outcomes that move: The requesting government's hold on power −14, " +
          "The alliance's credibility −6 and 6 more.",
      ),
    )
  })

  it('says an outcome moved with no choice changed, and names both when only two moved', async () => {
    const store = await whatIf()
    await renderApp(store)
    await release(store, 'moscow.commitments', '0.85')
    await waitFor(() =>
      expect(heard()).toHaveTextContent(
        "Every actor chooses as in your game; outcomes that move: Strain on Russia's forces +8.",
      ),
    )
    await release(store, 'moscow.commitments', '0.75')
    await release(store, 'threat.outsideEvidence', '0.5')
    await waitFor(() =>
      expect(heard()).toHaveTextContent(
        "Every actor chooses as in your game; outcomes that move: Relations with the West +5 and The alliance's " +
          'credibility +4.',
      ),
    )
  })

  it('says that nothing moved, and says it again for a second move that changes nothing either', async () => {
    const store = await whatIf()
    await renderApp(store)
    // China's stake a step or two higher than the scenario's changes no choice, and no median the chart prints (a
    // step lower moves the government's hold on power from 52 to 51, and is said).
    await release(store, 'china.stakes', '0.85')
    await waitFor(() =>
      expect(heard()).toHaveTextContent('Every actor chooses as in your game, and no outcome moves.'),
    )
    const first = heard().firstElementChild
    await release(store, 'china.stakes', '0.9')
    // The same words in a new node: a live region says only what is put into it.
    await waitFor(() => expect(heard().firstElementChild).not.toBe(first))
    expect(heard()).toHaveTextContent('Every actor chooses as in your game, and no outcome moves.')
  })

  it('waits while a slider is held, and speaks when it is let go', async () => {
    const store = await whatIf()
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-moscow.commitments')
    fireEvent.input(slider, { target: { value: '0.85' } })
    // The drag's own replay comes at the next frame and is shown; it is not said.
    await waitFor(() => expect(store.getState().game?.whatIf).toMatchObject({ 'moscow.commitments': 0.85 }))
    await waitFor(() => expect(store.getState().replaying).toBe(false))
    expect(store.getState().dragging).toBe(true)
    expect(heard()).toBeEmptyDOMElement()
    fireEvent.change(slider, { target: { value: '0.85' } })
    await waitFor(() =>
      expect(heard()).toHaveTextContent(/^Every actor chooses as in your game; outcomes that move/),
    )
    expect(store.getState().dragging).toBe(false)
  })

  it('lets go of a drag that ends where it began, which the browser sends no change for', async () => {
    const store = await whatIf()
    const sent: string[] = []
    const { moveFact } = store.getState()
    store.setState({
      moveFact: (fact, value, phase) => {
        sent.push(`${value} ${phase}`)
        return moveFact(fact, value, phase)
      },
    })
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-moscow.commitments')
    fireEvent.input(slider, { target: { value: '0.85' } })
    await waitFor(() => expect(store.getState().game?.whatIf).toMatchObject({ 'moscow.commitments': 0.85 }))
    fireEvent.input(slider, { target: { value: '0.75' } })
    await waitFor(() => expect(store.getState().game?.whatIf).toMatchObject({ 'moscow.commitments': 0.75 }))
    expect(store.getState().dragging).toBe(true)
    // Back at the scenario's value: Chromium fires pointerup and no change event.
    fireEvent.pointerUp(slider)
    await waitFor(() => expect(store.getState().dragging).toBe(false))
    await waitFor(() =>
      expect(heard()).toHaveTextContent('Every actor chooses as in your game, and no outcome moves.'),
    )
    expect(sent).toEqual(['0.85 drag', '0.75 drag', '0.75 release'])
  })

  it('lets go of a drag once when the change event follows the pointer', async () => {
    const store = await whatIf()
    const sent: string[] = []
    const { moveFact } = store.getState()
    store.setState({
      moveFact: (fact, value, phase) => {
        sent.push(`${value} ${phase}`)
        return moveFact(fact, value, phase)
      },
    })
    await renderApp(store)
    const slider = screen.getByTestId('whatif-slider-moscow.commitments')
    fireEvent.input(slider, { target: { value: '0.85' } })
    await waitFor(() => expect(store.getState().game?.whatIf).toMatchObject({ 'moscow.commitments': 0.85 }))
    // Chromium's order on a drag that moved: pointerup, then change, in the same task.
    fireEvent.pointerUp(slider)
    fireEvent.change(slider, { target: { value: '0.85' } })
    await waitFor(() =>
      expect(heard()).toHaveTextContent(/^Every actor chooses as in your game; outcomes that move/),
    )
    expect(store.getState().dragging).toBe(false)
    // A key press afterwards is a release of its own, and said.
    const said = heard().firstElementChild
    await release(store, 'moscow.commitments', '0.8')
    await waitFor(() => expect(heard().firstElementChild).not.toBe(said))
    expect(sent).toEqual(['0.85 drag', '0.85 release', '0.8 release'])
  })

  it('says that the game is back as it was after a reset', async () => {
    const store = await whatIf()
    await renderApp(store)
    await release(store, 'moscow.commitments', '1')
    await waitFor(() => expect(heard()).toHaveTextContent(/^1 choice differs/))
    await userEvent.click(screen.getByText(/^Reset/, { selector: '.fact-slider button' }))
    await waitFor(() =>
      expect(heard()).toHaveTextContent('Every actor chooses as in your game, and no outcome moves.'),
    )
  })

  it('says it in Russian, with the plural and the outcomes as Russian writes them', async () => {
    const store = await whatIf('ru')
    await renderApp(store)
    await release(store, 'moscow.commitments', '1')
    await waitFor(() =>
      expect(heard()).toHaveTextContent(
        '1 решение отличается от вашей партии; меняются итоги: Прочность власти обратившегося правительства: −14, ' +
          'Авторитет альянса: −6 и ещё 6 итогов.',
      ),
    )
    await release(store, 'china.stakes', '0.85')
    await release(store, 'moscow.commitments', '0.75')
    await waitFor(() =>
      expect(heard()).toHaveTextContent(
        'Все участники поступают так же, как в вашей партии; итоги не меняются.',
      ),
    )
  })

  it("puts its sentence in a task after the release's own, which shows the outcomes", async () => {
    const store = await whatIf()
    await renderApp(store)
    await release(store, 'moscow.commitments', '1')
    await waitFor(() => expect(heard()).toHaveTextContent(/^1 choice differs/))
    await release(store, 'moscow.commitments', '0.85')
    await waitFor(() => expect(heard()).toHaveTextContent(/^Every actor chooses as in your game/))
    // Back to a position already made: the release shows it at once, in its own task (fireEvent runs it to its end,
    // its effects included); the region still holds the last sentence until a later task.
    fireEvent.change(screen.getByTestId('whatif-slider-moscow.commitments'), { target: { value: '1' } })
    expect(store.getState()).toMatchObject({
      replaying: false,
      game: { whatIf: { 'moscow.commitments': 1 } },
    })
    expect(screen.getByTestId('whatif-summary')).toHaveTextContent('1 choice differs from your game')
    expect(heard()).toHaveTextContent(/^Every actor chooses as in your game/)
    await waitFor(() => expect(heard()).toHaveTextContent(/^1 choice differs/))
  })

  it("shows each slider's figure without making it a second live region", async () => {
    await renderApp(await whatIf())
    const figures = document.querySelectorAll('.fact-slider output')
    expect(figures.length).toBe(3)
    // The slider's valuetext says the figure; the output beside it is for the eye.
    for (const figure of figures) {
      expect(figure).toHaveAttribute('aria-hidden', 'true')
      expect(figure).toBeVisible()
    }
    expect(figures[0]).toHaveTextContent('0.75')
    // The page's only live region is the sentence above.
    const live = document.querySelectorAll(
      'main [aria-live], main [role="status"], main output:not([aria-hidden])',
    )
    expect([...live]).toEqual([heard()])
  })
})
