// @vitest-environment jsdom
// The library: every crisis as a card with its facts, roles and map; broken files named; the way back into a game.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { said } from '../src/scenario/wording/en'
import { createGameStore, SAVE_KEY, SAVE_VERSION } from '../src/store'
import { previewOf } from '../src/store/scenario-preview'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  renderApp,
  testSession,
} from './ui-fakes'

afterEach(cleanup)

describe('the library', () => {
  it('shows every crisis as a card: title, kind, dates, place, summary and roles', async () => {
    const library = fakeLibrary([
      fakeScenario(),
      fakeScenario({ id: 'other-crisis', title: 'Other Crisis', kind: 'hypothetical' }),
    ])
    await renderApp(await fakeStore({ library }))
    const card = screen.getByRole('article', { name: 'Test Crisis 2022' })
    expect(within(card).getByText('Historical')).toBeInTheDocument()
    expect(within(card).getByText('2–19 January 2022')).toBeInTheDocument()
    expect(within(card).getByText(/Almaty/, { selector: '.meta' })).toBeInTheDocument()
    expect(within(card).getByText(/Fuel protests turn into riots/)).toBeInTheDocument()
    expect(within(card).getByRole('link', { name: 'The Kremlin' })).toHaveAttribute(
      'href',
      '#/play/test-crisis/role/russia',
    )
    expect(
      within(screen.getByRole('article', { name: 'Other Crisis' })).getByText('Hypothetical'),
    ).toBeInTheDocument()
  })

  it('names the state in crisis, the members and the adversary beside the map', async () => {
    await renderApp(await fakeStore())
    const card = screen.getByRole('article', { name: 'Test Crisis 2022' })
    expect(await within(card).findByText('State in crisis: Kazakhstan')).toBeInTheDocument()
    // Before anything has happened nobody has asked for anything: the legend names a role, not a request.
    expect(within(card).queryByText(/asks? for help|asked/i)).not.toBeInTheDocument()
    expect(within(card).getByText('Leading member: Russia')).toBeInTheDocument()
    expect(within(card).getByText('Other members: Belarus, Armenia')).toBeInTheDocument()
    // A rebellion has no state to colour on the map: its swatch is a hatch, and the legend says why.
    const adversary = within(card).getByText('Adversary, with no state of its own: rioters and armed groups')
    expect(adversary.querySelector('.swatch')).toHaveClass('swatch-non-state')
  })

  it('shows the crises from their previews alone, loading no scenario until one is opened', async () => {
    let loads = 0
    const store = createGameStore({
      loadLibrary: async () => {
        loads++
        return fakeLibrary()
      },
      loadPreviews: async () =>
        fakeLibrary().map((e) => (e.ok ? { ok: true as const, scenario: previewOf(e.scenario) } : e)),
      hasImported: () => false,
      loadSession: async () => testSession(),
      storage: memoryStorage(),
    })
    await store.getState().load('preview')
    await renderApp(store)
    expect(screen.getByRole('article', { name: 'Test Crisis 2022' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Your scenarios' })).toBeInTheDocument()
    expect(loads).toBe(0)
    await store.getState().navigate({ name: 'scenario', scenario: 'test-crisis' })
    await screen.findByRole('heading', { level: 1, name: 'Test Crisis 2022' })
    expect(loads).toBe(1)
  })

  it("says where a broken scenario file is wrong, in the checker's words", async () => {
    const library = fakeLibrary(
      [],
      [
        {
          ok: false,
          file: 'scenarios/bad.yaml',
          problems: [
            {
              file: 'scenarios/bad.yaml',
              line: 3,
              column: 8,
              path: 'title',
              ...said('own-words', { words: 'a non-empty text' }),
            },
          ],
        },
      ],
    )
    await renderApp(await fakeStore({ library }))
    expect(screen.getByText('scenarios/bad.yaml')).toBeInTheDocument()
    expect(screen.getByText('line 3, column 8 (title): a non-empty text')).toBeInTheDocument()
  })

  it('offers to continue a saved game', async () => {
    const game = { scenario: 'test-crisis', role: 'russia', seed: 5, decisions: ['refuse'], whatIf: {} }
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: SAVE_VERSION, game }) })
    await renderApp(await fakeStore({ storage }))
    expect(
      screen.getByText(/Test Crisis 2022, as the Kremlin \(game number 5, 1 decision made\)/),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Continue your game' })).toHaveAttribute(
      'href',
      '#/play/test-crisis/role/russia?seed=5',
    )
  })

  it('tells the student plainly when a save could not be read', async () => {
    await renderApp(await fakeStore({ storage: memoryStorage({ [SAVE_KEY]: '{oops' }) }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your saved game could not be read, so a fresh game starts.',
    )
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await fakeStore())
    await screen.findByText('State in crisis: Kazakhstan')
    await expectAccessible(container)
  })
})
