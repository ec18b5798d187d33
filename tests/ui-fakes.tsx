// Test data and helpers for the store and screen tests: a small frozen crisis, a store over it, an axe check.
import { I18nProvider } from '@lingui/react'
import { act, render, screen, waitFor } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement, ReactNode } from 'react'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Actor, ActorId, Indicator, RoleId, Scenario } from '../src/scenario/types'
import {
  createGameStore,
  type GameStoreApi,
  type GameStoreDeps,
  GameStoreProvider,
  LANGUAGE_KEY,
  type Language,
  type LibraryEntry,
  type PlayScreen,
  type Route,
  type SaveStorage,
} from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import type { ContentTranslations } from '../src/store/content-translations'
import { directTransport } from '../src/store/direct-transport'
import { createSession } from '../src/store/engine-client'
import type { Schedule } from '../src/store/idle-jobs'
import { App } from '../src/ui/app'
import { i18n, loadLanguage, otherPagesMessages } from '../src/ui/i18n/messages'
import { activateLanguage } from './active-language'
import { memoryStorage } from './memory-storage'

// Most UI tests take their storage from here, with the rest of their fakes.
export { memoryStorage }

const weights = (w: Partial<Record<Indicator, number>>): Record<Indicator, number> => ({
  regimeStability: 0,
  sovereignty: 0,
  russianInfluence: 0,
  allianceCredibility: 0,
  chinaSatisfaction: 0,
  westRelations: 0,
  escalationRisk: 0,
  militaryStrain: 0,
  ...w,
})

const actor = (
  id: string,
  name: string,
  kind: Actor['kind'],
  interests: Partial<Record<Indicator, number>>,
  contingent: number,
  externalOnlyReading: number,
): Actor => ({
  id: id as ActorId,
  name,
  kind,
  summary: `${name} wants what its interests say.`,
  record: [],
  interests: weights(interests),
  traits: { contingent, externalOnlyReading },
  borders: [],
  sources: [],
})

const ACTORS = {
  russia: actor(
    'russia',
    'Russia',
    'leading-member',
    {
      regimeStability: 0.6,
      russianInfluence: 0.8,
      allianceCredibility: 0.4,
      chinaSatisfaction: 0.2,
      westRelations: -0.1,
      escalationRisk: -0.5,
      militaryStrain: -0.6,
      sovereignty: -0.3,
    },
    1850,
    0.5,
  ),
  kazakhstan: actor(
    'kazakhstan',
    'Kazakhstan',
    'member',
    {
      regimeStability: 0.9,
      sovereignty: 0.6,
      allianceCredibility: 0.3,
      westRelations: 0.3,
      escalationRisk: -0.5,
      chinaSatisfaction: 0.2,
    },
    200,
    0.4,
  ),
  belarus: actor(
    'belarus',
    'Belarus',
    'member',
    { regimeStability: 0.9, allianceCredibility: 0.4, escalationRisk: -0.4 },
    200,
    0.1,
  ),
  armenia: actor(
    'armenia',
    'Armenia',
    'member',
    { regimeStability: 0.8, sovereignty: 0.4, allianceCredibility: 0.7 },
    100,
    0.5,
  ),
  china: actor(
    'china',
    'China',
    'neighbour-power',
    {
      regimeStability: 0.7,
      russianInfluence: -0.3,
      escalationRisk: -0.6,
      allianceCredibility: 0.1,
    },
    0,
    0.3,
  ),
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** A crisis in the shape of Kazakhstan 2022, with every field the screens read; frozen, so a mutation fails. */
export function fakeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return deepFreeze({
    id: 'test-crisis',
    title: 'Test Crisis 2022',
    kind: 'historical',
    dates: { start: '2022-01-02', end: '2022-01-19' },
    place: { name: 'Almaty', lat: 43.24, lon: 76.89 },
    summary: 'Fuel protests turn into riots; the president calls for help.',
    background: 'Protests began over **fuel prices**.\n\n- Riots in Almaty\n- The airport seized',
    assumptions: [],
    objectives: [],
    requester: 'kazakhstan' as ActorId,
    members: ['russia', 'kazakhstan', 'belarus', 'armenia'] as ActorId[],
    observers: ['china'] as ActorId[],
    facts: {
      threat: { kind: 'unrest', armedViolence: 0.6, regimeThreat: 0.85, outsideEvidence: 0.1 },
      territory: 'own',
      adversary: { kind: 'internal', description: 'rioters and armed groups' },
      moscow: { legitimacy: 0.9, commitments: 0.75 },
      china: { stakes: 0.8 },
    },
    citations: {},
    whatIf: ['moscow.commitments', 'china.stakes', 'threat.outsideEvidence'],
    inert: {},
    roles: [
      {
        id: 'kazakhstan' as RoleId,
        actor: 'kazakhstan' as ActorId,
        title: 'President of Kazakhstan',
        briefing: 'Your government is *shaken*. <script>alert(1)</script> Decide **fast**.',
      },
      {
        id: 'russia' as RoleId,
        actor: 'russia' as ActorId,
        title: 'The Kremlin',
        briefing: 'Your forces are massed elsewhere.',
      },
      {
        id: 'belarus' as RoleId,
        actor: 'belarus' as ActorId,
        title: 'Minsk',
        briefing: 'Moscow expects your vote.',
      },
      {
        id: 'china' as RoleId,
        actor: 'china' as ActorId,
        title: 'Beijing',
        briefing: 'Stability on your border matters most.',
      },
    ],
    injects: [],
    history: {
      requested: true,
      framing: 'foreign-backed',
      response: 'peacekeepers',
      mission: 'guard-sites',
      troops: { low: 2030, high: 2500 },
      days: 14,
      china: 'endorse',
      summary: 'Troops came within hours and left within two weeks.',
    },
    questions: ['Was the framing honest?', 'Why did Moscow say yes?'],
    sources: [{ id: 'treaty', title: 'The Collective Security Treaty', url: 'https://example.org/treaty' }],
    actors: ACTORS as unknown as Scenario['actors'],
    ...overrides,
  } as Scenario)
}

export function fakeLibrary(
  scenarios: readonly Scenario[] = [fakeScenario()],
  broken: LibraryEntry[] = [],
): LibraryEntry[] {
  return [...scenarios.map((scenario) => ({ ok: true as const, scenario })), ...broken]
}

/**
 * The real engine behind the store's session, in this thread: the same handler the browser's worker runs.
 * Background replays run when `schedule` says (idle time unless a test takes them in hand).
 */
export const testSession = (schedule?: Schedule) => createSession(directTransport(schedule))

export async function fakeStore(
  options: {
    route?: Route
    storage?: SaveStorage
    library?: LibraryEntry[]
    seed?: number
    schedule?: Schedule
    /** The scenarios' translations, as the browser loads them on demand (the bundled ones, for the real scenarios). */
    loadTranslations?: GameStoreDeps['loadTranslations']
  } = {},
): Promise<GameStoreApi> {
  const store = createGameStore({
    loadLibrary: async () => options.library ?? fakeLibrary(),
    loadSession: async () => testSession(options.schedule),
    storage: options.storage ?? memoryStorage(),
    randomSeed: () => options.seed ?? 42,
    loadTranslations: options.loadTranslations,
  })
  await store.getState().load('all')
  if (options.route) await store.getState().enter(options.route)
  return store
}

/**
 * Renders the whole app on a store: screens are tested as the student meets them, through the route, in the
 * store's language from the first render. Resolves once the screen's heading is there, since the play screens
 * load lazily.
 */
export async function renderApp(store: GameStoreApi) {
  // As on a page just opened, whose only language is its own: the messages are shared by the file's tests, and
  // those of the test before (Russian, say) would otherwise show until this store's language had come.
  await activateLanguage(store.getState().language)
  // Rendered in an awaited act, as React asks of a tree that may suspend (a lazy screen, the map waiting for its
  // atlas): in a synchronous one React holds back the effects of everything that committed beside the suspended part
  // until the next act, so a screen that waits a frame before it shows anything would wait for ever.
  const rendered = await act(async () => render(<App store={store} onStartFresh={() => {}} />))
  // The first render of a lazily loaded screen waits for its code: seconds, on a busy machine.
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })
  return rendered
}

/** The app on a finished game's debrief, once the debrief has drawn all its parts (it draws them one by one). */
export async function renderDebrief(store: GameStoreApi) {
  const rendered = await renderApp(store)
  await waitFor(() => expect(document.querySelector('.debrief')).toHaveAttribute('aria-busy', 'false'), {
    timeout: 10_000,
  })
  return rendered
}

/**
 * A language's messages, every page's, for a component rendered alone (the app gives them through its
 * LanguageProvider and its lazy screens); call it before rendering, since the messages load as the app loads them.
 */
export async function speak(language: Language): Promise<void> {
  await activateLanguage(language)
  await otherPagesMessages()
}
export const inEnglish = (): Promise<void> => speak('en')
export function Messages({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>
}

/** A fetch of the bundled scenarios' translations that comes, or fails, only when the test says. */
export function heldTranslations() {
  let arrive = () => {}
  let fail = () => {}
  const load = () =>
    new Promise<ContentTranslations>((resolve, reject) => {
      arrive = () => void loadTranslations().then(resolve)
      fail = () => reject(new Error('offline'))
    })
  return { load, arrive: () => arrive(), fail: () => fail() }
}
export type HeldTranslations = ReturnType<typeof heldTranslations>

/**
 * Through a first switch to Russian whose crisis translations are held back: the page's own Russian messages come,
 * as they do first on a fast connection, and the page still speaks English, `<html lang>` and the header included.
 */
export async function russianMessagesCome(): Promise<void> {
  await act(() => loadLanguage('ru'))
  expect(document.documentElement.lang).toBe('en')
  expect(screen.getByRole('link', { name: 'Group exercises' })).toBeInTheDocument()
}

/** The page as a switch's crisis translations first show: its own words and what a screen reader is told, Russian. */
export const RUSSIAN_PAGE = { lang: 'ru', link: 'Групповые занятия' }

/**
 * Lets the held translations come, and reads the page at the first change that shows `russian` in `crisis`: what
 * `<html lang>` says then, and the header's link to group exercises, which change in the same moment.
 */
export function crisesCome(
  held: HeldTranslations,
  crisis: HTMLElement,
  russian: string,
): Promise<{ lang: string; link: string | null | undefined }> {
  expect(crisis).not.toHaveTextContent(russian)
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!crisis.textContent?.includes(russian)) return
      observer.disconnect()
      resolve({
        lang: document.documentElement.lang,
        link: document.querySelector('a[href="#/live"]')?.textContent,
      })
    })
    observer.observe(crisis, { subtree: true, childList: true, characterData: true })
    held.arrive()
  })
}

/**
 * For a panel rendered alone: the messages, and a store in `language` with the bundled scenarios' translations
 * loaded, as the app's store has them once a reader picks that language, or held back when the test holds them.
 */
export async function panelWrapper(language: Language, held?: HeldTranslations) {
  const store = createGameStore({
    loadLibrary: async () => [],
    loadSession: async () => testSession(),
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    randomSeed: () => 42,
    loadTranslations: held?.load ?? loadTranslations,
  })
  if (language !== 'en' && !held)
    await new Promise<void>((loaded) => {
      const stop = store.subscribe((s) => {
        if (!s.translations) return
        stop()
        loaded()
      })
    })
  return ({ children }: { children: ReactNode }) => (
    <GameStoreProvider store={store}>
      <Messages>{children}</Messages>
    </GameStoreProvider>
  )
}

/**
 * For a block of panels rendered alone in Russian: the Russian messages and a store in Russian (`panelWrapper`)
 * from before the block's first test, English again after its last. Call it inside the block; it renders in them.
 */
export function russianPanels(): (ui: ReactElement) => ReturnType<typeof render> {
  let wrapper: Awaited<ReturnType<typeof panelWrapper>>
  beforeAll(async () => {
    await speak('ru')
    wrapper = await panelWrapper('ru')
  })
  afterAll(() => speak('en'))
  return (ui) => render(ui, { wrapper })
}

let reduceMotion = false
const motionListeners = new Set<() => void>()

/**
 * Reports reduced motion (as the e2e browser does, so moves arrive at once) or not. framer-motion reads the
 * preference once and then listens for changes, so a change is announced to its listeners.
 */
export function preferReducedMotion(reduce = true): void {
  reduceMotion = reduce
  window.matchMedia = ((query: string) => ({
    get matches() {
      return reduceMotion && query.includes('reduce')
    },
    media: query,
    onchange: null,
    addListener: (f: () => void) => motionListeners.add(f),
    removeListener: (f: () => void) => motionListeners.delete(f),
    addEventListener: (_: string, f: () => void) => motionListeners.add(f),
    removeEventListener: (_: string, f: () => void) => motionListeners.delete(f),
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  for (const f of motionListeners) f()
}

/** axe over the rendered screen; contrast needs a real layout, so the e2e suite checks it in Chromium. */
export async function expectAccessible(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
  ).toEqual([])
}

export const playAt = (
  scenario: string,
  role: string,
  screen: PlayScreen,
  extra: { seed?: number; choices?: string[] } = {},
): Route => ({
  name: 'play',
  scenario,
  role,
  screen,
  ...extra,
})

// jsdom has no layout: scrolling is a no-op here rather than a "not implemented" warning.
if (typeof window !== 'undefined') {
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = () => {}
}
