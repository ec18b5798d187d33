// @vitest-environment jsdom
// A crisis before a role is taken: its background, its map and the roles to choose from.
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createGameStore } from '../src/store'
import type { LibraryEntry } from '../src/store/kit'
import { App } from '../src/ui/app'
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

const overview = () => fakeStore({ route: { name: 'scenario', scenario: 'test-crisis' } })

describe('the crisis overview', () => {
  it('offers every role with the actor it plays', async () => {
    await renderApp(await overview())
    const roles = screen.getByRole('region', { name: 'Choose your role' })
    expect(within(roles).getByText('You play Russia')).toBeInTheDocument()
    expect(within(roles).getByRole('link', { name: 'Play as the Kremlin' })).toHaveAttribute(
      'href',
      '#/play/test-crisis/role/russia',
    )
  })

  it('keeps the seed of a game of this crisis for another role', async () => {
    const store = await fakeStore({
      route: { name: 'play', scenario: 'test-crisis', role: 'kazakhstan', screen: 'briefing', seed: 77 },
    })
    store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    await renderApp(store)
    expect(screen.getByRole('link', { name: 'Play as the Kremlin' })).toHaveAttribute(
      'href',
      '#/play/test-crisis/role/russia?seed=77',
    )
  })

  it('renders the background as formatted text', async () => {
    await renderApp(await overview())
    const background = screen.getByRole('region', { name: 'Background' })
    expect(within(background).getByText('fuel prices').tagName).toBe('STRONG')
    expect(
      within(background)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Riots in Almaty', 'The airport seized'])
  })

  it('says so when the crisis does not exist', async () => {
    await renderApp(await fakeStore({ route: { name: 'scenario', scenario: 'atlantis-1999' } }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Not found')
    expect(screen.getByText(/no crisis called “atlantis-1999”/)).toBeInTheDocument()
  })

  it('waits for a crisis still on its way, rather than say it does not exist', async () => {
    // A game's address read its own crisis alone; the next one comes when this one's page asks for it.
    let arrive: (entry: LibraryEntry) => void = () => {}
    const other = fakeScenario({ id: 'other-crisis', title: 'Another Crisis 2024' })
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary([fakeScenario(), other]),
      loadBundled: (id) =>
        id === 'test-crisis'
          ? Promise.resolve({ ok: true, scenario: fakeScenario() })
          : new Promise((resolve) => {
              arrive = resolve
            }),
      loadSession: async () => testSession(),
      storage: memoryStorage(),
    })
    await store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    void store.getState().navigate({ name: 'scenario', scenario: 'other-crisis' })
    render(<App store={store} onStartFresh={() => {}} />)
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the crisis…')
    expect(screen.queryByText(/no crisis called/)).toBeNull()
    arrive({ ok: true, scenario: other })
    expect(await screen.findByRole('heading', { level: 1, name: 'Another Crisis 2024' })).toBeInTheDocument()
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await overview())
    await expectAccessible(container)
  })
})
