// @vitest-environment jsdom
// Pass-the-device after a reload: the exercise this device kept is offered back, in the reader's language, and
// is thrown away only when asked twice — by "Discard it", or by seating new teams over it. In English and Russian.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGameStore, LANGUAGE_KEY, type LibraryEntry } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { PASS_DEVICE_KEY, startPassDevice } from '../src/store/live/pass-device'
import { fakeSetup } from './pass-device-fakes'
import { bundled } from './server-fakes'
import {
  fakeLibrary,
  fakeStore,
  memoryStorage,
  preferReducedMotion,
  renderApp,
  testSession,
} from './ui-fakes'

beforeEach(() => {
  preferReducedMotion()
  localStorage.clear()
})
afterEach(cleanup)

const WORDS = {
  en: {
    title: 'Kazakhstan, January 2022',
    kept: 'An exercise on Kazakhstan, January 2022 is in progress on this device.',
    discard: 'Discard it',
    discardQuestion:
      'Discard the exercise on Kazakhstan, January 2022 and its results? This cannot be undone.',
    discardThis: 'Discard this exercise',
    keep: 'Keep it',
    seat: 'Seat the teams',
    replaceQuestion:
      /^This device keeps one exercise: seating these teams discards the one on Kazakhstan, January 2022/,
    replace: 'Discard it and seat the teams',
    team: 'Team 1',
    role: "President Tokayev's government",
  },
  ru: {
    title: 'Казахстан, январь 2022 года',
    kept: 'На этом устройстве идёт занятие по сценарию «Казахстан, январь 2022 года».',
    discard: 'Удалить его',
    discardQuestion:
      'Удалить занятие по сценарию «Казахстан, январь 2022 года» вместе с его результатами? Отменить это нельзя.',
    discardThis: 'Удалить это занятие',
    keep: 'Оставить',
    seat: 'Рассадить команды',
    replaceQuestion: /^Устройство хранит только одно занятие: .*«Казахстан, январь 2022 года» будет удалено/,
    replace: 'Удалить его и рассадить команды',
    team: 'Команда 1',
    role: 'Правительство президента Токаева',
  },
} as const

/** An exercise this browser was running (Astana, Moscow, Beijing desk), and the page opened again on it. */
async function reopened(language: 'en' | 'ru') {
  const started = startPassDevice(fakeSetup(), { now: () => 1_700_000_000_000, storage: localStorage })
  if (!started.ok) throw new Error(started.error.detail)
  const kept = localStorage.getItem(PASS_DEVICE_KEY)
  const store = await fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    library: fakeLibrary([bundled('kazakhstan-2022')]),
    loadTranslations,
    route: { name: 'pass-device' },
  })
  await renderApp(store)
  const words = WORDS[language]
  await screen.findByText(words.kept)
  return { kept, words }
}

describe.each(['en', 'ru'] as const)('an exercise this device kept, in %s', (language) => {
  it('is named, with the crisis and the roles to pick, in the reader’s language', async () => {
    const { words } = await reopened(language)
    const scenario = screen.getByRole('combobox', { name: language === 'en' ? 'Scenario' : 'Сценарий' })
    expect(within(scenario).getByRole('option', { name: words.title })).toBeInTheDocument()
    const firstRow = document.querySelector<HTMLElement>('.team-setup')!
    expect(within(firstRow).getByRole('option', { name: words.role })).toBeInTheDocument()
    expect(within(firstRow).getByRole('textbox')).toHaveValue(words.team)
  })

  it('is discarded only on the second step, and "keep" keeps it', async () => {
    const { kept, words } = await reopened(language)
    await userEvent.click(screen.getByRole('button', { name: words.discard }))
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toBe(kept)
    expect(screen.getByRole('group', { name: words.discardQuestion })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: words.keep })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: words.keep }))
    expect(screen.getByRole('button', { name: words.discard })).toHaveFocus()
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toBe(kept)

    await userEvent.click(screen.getByRole('button', { name: words.discard }))
    await userEvent.click(screen.getByRole('button', { name: words.discardThis }))
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toBeNull()
    expect(screen.queryByText(words.kept)).toBeNull()
  })

  it('is not replaced by seating new teams until the question is answered', async () => {
    const { kept, words } = await reopened(language)
    await userEvent.click(screen.getByRole('button', { name: words.seat }))
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toBe(kept)
    expect(screen.getByRole('group', { name: words.replaceQuestion })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: words.keep }))
    expect(screen.getByRole('button', { name: words.seat })).toHaveFocus()
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toBe(kept)
    expect(screen.getByText(words.kept)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: words.seat }))
    await userEvent.click(screen.getByRole('button', { name: words.replace }))
    await waitFor(() => expect(localStorage.getItem(PASS_DEVICE_KEY)).not.toBe(kept))
    expect(localStorage.getItem(PASS_DEVICE_KEY)).toContain(words.team)
  })
})

describe('the set-up form after a switch of language', () => {
  it('names the teams it started with in the new language, and keeps a name typed in', async () => {
    await reopened('en')
    const rows = () => [...document.querySelectorAll<HTMLElement>('.team-setup')]
    await userEvent.clear(within(rows()[1]!).getByRole('textbox'))
    await userEvent.type(within(rows()[1]!).getByRole('textbox'), 'Moscow')
    await userEvent.click(screen.getByRole('button', { name: 'Русский' }))
    await screen.findByText(WORDS.ru.kept)
    expect(rows().map((r) => within(r).getByRole('textbox'))).toEqual([
      expect.objectContaining({ value: 'Команда 1' }),
      expect.objectContaining({ value: 'Moscow' }),
      expect.objectContaining({ value: 'Команда 3' }),
    ])
  })
})

describe('before the scenarios have come', () => {
  /** The page opened again on an exercise this device kept, while the scenarios are still on their way. */
  async function opening(scenarios: Promise<LibraryEntry[]>) {
    const started = startPassDevice(fakeSetup(), { now: () => 1_700_000_000_000, storage: localStorage })
    if (!started.ok) throw new Error(started.error.detail)
    const store = createGameStore({
      loadLibrary: () => scenarios,
      loadSession: async () => testSession(),
      storage: memoryStorage({ [LANGUAGE_KEY]: 'en' }),
      randomSeed: () => 42,
      initialRoute: { name: 'pass-device' },
    })
    void store.getState().load('all')
    await renderApp(store)
  }

  it('offers no form to seat teams over the kept exercise until it has been looked for', async () => {
    let arrive: (entries: LibraryEntry[]) => void = () => {}
    await opening(new Promise((resolve) => (arrive = resolve)))
    expect(screen.getByRole('status')).toHaveTextContent('Loading the scenarios…')
    expect(screen.queryByRole('button', { name: WORDS.en.seat })).toBeNull()
    arrive(fakeLibrary([bundled('kazakhstan-2022')]))
    await screen.findByRole('button', { name: WORDS.en.seat })
    expect(screen.getByText(WORDS.en.kept)).toBeInTheDocument()
  })

  it('says the scenarios could not be loaded, rather than loading for ever', async () => {
    await opening(Promise.reject(new Error('The network is down.')))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The crises could not be loaded: The network is down.',
    )
    expect(screen.queryByRole('button', { name: WORDS.en.seat })).toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
