// @vitest-environment jsdom
// A first switch to Russian on a screen that shows bundled crises: the library, the cases and a team's live panel
// stay as the reader left them (the same elements, so the place on the page, the focus on the switch and the
// choices not yet sent stay with them) while the crises' Russian comes, and then speak it, the page's own words and
// <html lang> changing with them. The game's own screen is held the same way in ui-language-switch-game.test.tsx.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { outcomeOf, teamBrief, teamView } from '../src/live'
import { createGameStore, type GameStoreApi, GameStoreProvider } from '../src/store'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { TeamPanel } from '../src/ui/live/team-panel'
import { activateLanguage } from './active-language'
import { idOf, started } from './live-panels'
import {
  crisesCome,
  fakeStore,
  type HeldTranslations,
  heldTranslations,
  Messages,
  memoryStorage,
  preferReducedMotion,
  RUSSIAN_PAGE,
  renderApp,
  russianMessagesCome,
  speak,
  testSession,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(async () => {
  cleanup()
  await activateLanguage('en')
})

/** Presses 'Русский' and holds the crises' Russian back: the moment a first switch waits for them. */
async function switchHeld(store: GameStoreApi): Promise<HTMLElement> {
  const russian = screen.getByRole('button', { name: 'Русский' })
  await userEvent.click(russian)
  expect(store.getState().language).toBe('ru')
  expect(store.getState().translationsPending).toBe(true)
  return russian
}

describe('a first switch of language keeps the screen', () => {
  it('keeps the library’s cards, then shows them in Russian', async () => {
    const held = heldTranslations()
    const store = await fakeStore({ library: [...(await loadBundledLibrary())], loadTranslations: held.load })
    await renderApp(store)
    const card = await screen.findByRole('heading', { name: 'Kazakhstan, January 2022' }, { timeout: 10_000 })
    const russian = await switchHeld(store)
    await russianMessagesCome()
    expect(card).toBeInTheDocument()
    expect(card).toHaveTextContent('Kazakhstan, January 2022')
    expect(screen.queryByRole('status')).toBeNull()
    expect(russian).toHaveFocus()
    expect(await crisesCome(held, card, 'Казахстан, январь 2022 года')).toEqual(RUSSIAN_PAGE)
    expect(russian).toHaveFocus()
  })

  it('keeps the cases compared, then shows them in Russian', async () => {
    const held = heldTranslations()
    const store = await fakeStore({
      library: [...(await loadBundledLibrary())],
      loadTranslations: held.load,
      route: { name: 'compare' },
    })
    await renderApp(store)
    const table = await screen.findByRole('table', {}, { timeout: 30_000 })
    const kazakhstan = table.querySelector<HTMLElement>('tr[data-case="kazakhstan-2022"]')
    expect(kazakhstan).toHaveTextContent('The state asking is a member')
    const russian = await switchHeld(store)
    await russianMessagesCome()
    expect(table).toBeInTheDocument()
    expect(kazakhstan).toBeInTheDocument()
    expect(russian).toHaveFocus()
    expect(await crisesCome(held, kazakhstan!, 'Государство, которое просит о помощи, — член ОДКБ')).toEqual(
      RUSSIAN_PAGE,
    )
    expect(table).toBeInTheDocument()
    expect(russian).toHaveFocus()
  })

  it('keeps a team’s unsent choices on its live panel, then shows the crisis in Russian', async () => {
    const held: HeldTranslations = heldTranslations()
    const store = createGameStore({
      loadLibrary: async () => [],
      loadSession: async () => testSession(),
      storage: memoryStorage(),
      randomSeed: () => 42,
      loadTranslations: held.load,
    })
    await speak('en')
    const d = started()
    const id = idOf(d, 'Astana')
    const view = teamView(d.session, id, outcomeOf, d.now)
    render(
      <GameStoreProvider store={store}>
        <Messages>
          <TeamPanel
            brief={teamBrief(d.session, id)}
            view={view}
            skew={view.serverNow - Date.now()}
            error={null}
            onSubmit={() => {}}
          />
        </Messages>
      </GameStoreProvider>,
    )
    const decision = screen.getByRole('region', { name: 'Your decision' })
    await userEvent.click(within(decision).getByLabelText('Ask for help under Article 4'))
    await userEvent.click(within(decision).getByLabelText('Foreign-backed terrorism'))
    const eyebrow = screen.getByText(/Kazakhstan, January 2022/)
    act(() => store.getState().setLanguage('ru'))
    expect(store.getState().translationsPending).toBe(true)
    expect(decision).toBeInTheDocument()
    expect(within(decision).getByLabelText('Foreign-backed terrorism')).toBeChecked()
    expect(eyebrow).toBeInTheDocument()
    await act(async () => held.arrive())
    await waitFor(() => expect(eyebrow).toHaveTextContent('Казахстан, январь 2022 года'))
    expect(decision).toBeInTheDocument()
    expect(within(decision).getByLabelText('Ask for help under Article 4')).toBeChecked()
    expect(within(decision).getByLabelText('Foreign-backed terrorism')).toBeChecked()
  })
})
