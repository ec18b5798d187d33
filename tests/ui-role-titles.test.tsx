// @vitest-environment jsdom
// Role titles and actor names are written to stand as headings ("The Kremlin"); inside an English sentence their
// article is lower-case ("Play as the Kremlin"), while the Russian messages, which set a title after a colon or a
// dash, keep the title as written.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ActorId, LANGUAGE_KEY, type Route, type Scenario } from '../src/store'
import { loadBundledLibrary, loadTranslations } from '../src/store/bundled-kit'
import {
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  renderDebrief,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

/** The test crisis, with the requester's role and its state named as headings name them: with an article. */
function withArticle(): Scenario {
  const base = fakeScenario()
  const kazakhstan = 'kazakhstan' as ActorId
  return fakeScenario({
    roles: base.roles.map((r) => (r.actor === kazakhstan ? { ...r, title: 'The government in Astana' } : r)),
    actors: {
      ...base.actors,
      [kazakhstan]: { ...base.actors[kazakhstan]!, name: 'The Republic of Kazakhstan' },
    },
  })
}
const store = (route: Route) => fakeStore({ library: fakeLibrary([withArticle()]), route })
const finished = (role: string, screen: 'debrief' | 'capitals') =>
  store(
    playAt('test-crisis', role, screen, { seed: 42, choices: ['request:internal-unrest:rapid-reaction:90'] }),
  )

describe('a role title in an English sentence', () => {
  it('has a lower-case article on the crisis page, and keeps its capital as a heading', async () => {
    await renderApp(await store({ name: 'scenario', scenario: 'test-crisis' }))
    const roles = screen.getByRole('region', { name: 'Choose your role' })
    expect(within(roles).getByRole('heading', { name: 'The Kremlin' })).toBeInTheDocument()
    expect(within(roles).getByRole('link', { name: 'Play as the Kremlin' })).toBeInTheDocument()
    expect(within(roles).getByText('You play the Republic of Kazakhstan')).toBeInTheDocument()
    expect(within(roles).getByRole('link', { name: 'Play as the government in Astana' })).toBeInTheDocument()
  })

  it('has a lower-case article in the game bar and the briefing', async () => {
    await renderApp(await store(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 42 })))
    expect(
      screen.getByText('You play the Republic of Kazakhstan. The engine plays every other government.'),
    ).toBeInTheDocument()
    expect(screen.getByText('You play the government in Astana')).toBeInTheDocument()
    cleanup()
    await renderApp(await store(playAt('test-crisis', 'russia', 'briefing', { seed: 42 })))
    expect(screen.getByRole('heading', { level: 1, name: 'The Kremlin' })).toBeInTheDocument()
    expect(screen.getByText('You play the Kremlin')).toBeInTheDocument()
  })

  it('has a lower-case article in the debrief and on every capital’s page', async () => {
    await renderDebrief(await finished('kazakhstan', 'debrief'))
    expect(screen.getByText('Test Crisis 2022 — as the government in Astana')).toBeInTheDocument()
    cleanup()
    await renderApp(await finished('kazakhstan', 'capitals'))
    expect(
      screen.getByRole('list', { name: 'What the Republic of Kazakhstan weighs most' }),
    ).toBeInTheDocument()
  })
})

describe('the bundled crises’ role titles', () => {
  beforeAll(() => loadTranslations(), 60_000)
  const bundled = async (language: 'en' | 'ru') =>
    fakeStore({
      storage: memoryStorage({ [LANGUAGE_KEY]: language }),
      library: [...(await loadBundledLibrary())],
      loadTranslations,
      route: { name: 'scenario', scenario: 'kyrgyzstan-2010' },
    })

  it('read in English with a lower-case article', async () => {
    await renderApp(await bundled('en'))
    expect(
      screen.getByRole('link', { name: 'Play as the interim government in Bishkek' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Play as the Kremlin' })).toBeInTheDocument()
  })

  it('read in Russian as written, after a colon', async () => {
    await renderApp(await bundled('ru'))
    expect(
      await screen.findByRole(
        'link',
        { name: 'Играть: Временное правительство в Бишкеке' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Играть: Кремль' })).toBeInTheDocument()
  })
})
