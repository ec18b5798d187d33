// @vitest-environment jsdom
// Pass-the-device's hand-over and sealed screens, in English and Russian: each is a region named by its heading's
// words (whose turn it is, or that the decision is sealed), so a screen reader says whose turn it is; and a team's
// name is on each, where a long unbroken one wraps (pass-device.css, checked in a browser by the e2e spec). And the
// table's status line for a screen reader counts the teams seated, never teams that joined.
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { startPassDevice } from '../src/store/live/pass-device'
import { fakeSetup } from './pass-device-fakes'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => {
  preferReducedMotion()
  localStorage.clear()
})
afterEach(cleanup)

const WORDS = {
  en: {
    resume: 'Resume it',
    start: 'Start the exercise',
    toDecide: /^Hand over to decide\W+Astana\W*$/,
    handover: 'Pass the device to Astana',
    weAre: 'We are Astana: show our screen',
    sealed: 'Decision sealed',
    back: 'Back to the table',
    round: 'Round 1',
    seatedNews: '3 teams are seated',
  },
  ru: {
    resume: 'Продолжить его',
    start: 'Начать занятие',
    toDecide: /^Передать для решения\W+Astana\W*$/,
    handover: 'Передайте устройство команде «Astana»',
    weAre: 'Мы — команда «Astana»: показать наш экран',
    sealed: 'Решение принято и скрыто',
    back: 'Вернуться к столу',
    round: 'Раунд 1',
    seatedNews: 'За столом 3 команды',
  },
} as const

/** The kept exercise (Astana, Moscow, Beijing desk at one table), resumed, in a language: its lobby. */
async function openLobby(language: 'en' | 'ru') {
  const started = startPassDevice(fakeSetup(), { now: () => 1_700_000_000_000, storage: localStorage })
  if (!started.ok) throw new Error(started.error.detail)
  const store = await fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    library: fakeLibrary([bundled('kazakhstan-2022')]),
    loadTranslations,
    route: { name: 'pass-device' },
  })
  await renderApp(store)
  const words = WORDS[language]
  await userEvent.click(await screen.findByRole('button', { name: words.resume }))
  return words
}

/** The same exercise's first round. */
async function openRound(language: 'en' | 'ru') {
  const words = await openLobby(language)
  await userEvent.click(await screen.findByRole('button', { name: words.start }))
  expect(screen.getByRole('heading', { level: 1, name: words.round })).toBeInTheDocument()
  return words
}

/** Every question of the team's form answered with its first option, then sent. */
async function decideFirstOptions() {
  for (;;) {
    const open = [...document.querySelectorAll('fieldset.choice-group')].find(
      (group) => group.querySelector('input:checked') === null,
    )
    if (!open) break
    await userEvent.click(open.querySelector<HTMLInputElement>('input[type=radio]')!)
  }
  await userEvent.click(screen.getByTestId('decide-submit'))
}

describe.each(['en', 'ru'] as const)('the hand-over and sealed screens, in %s', (language) => {
  it("counts the seated teams in the table's status line, in the language's plural", async () => {
    const words = await openLobby(language)
    const news = screen.getAllByRole('status').filter((s) => s.textContent === words.seatedNews)
    expect(news).toHaveLength(1)
  })

  it("names the hand-over region by whose turn it is, and the sealed one by the team's sealed decision", async () => {
    const words = await openRound(language)
    await userEvent.click(screen.getByRole('button', { name: words.toDecide }))
    const handover = screen.getByRole('region', { name: words.handover })
    expect(handover).toContainElement(screen.getByRole('heading', { level: 1, name: words.handover }))
    expect(handover).toContainElement(screen.getByRole('button', { name: words.weAre }))

    await userEvent.click(screen.getByRole('button', { name: words.weAre }))
    await decideFirstOptions()
    const sealed = screen.getByRole('region', { name: words.sealed })
    expect(sealed).toContainElement(screen.getByRole('heading', { level: 1, name: words.sealed }))
    expect(sealed).toHaveTextContent('Astana')
    expect(sealed).toContainElement(screen.getByRole('button', { name: words.back }))
  })

  it("keeps a team's own screen inside a wrapper whose heading may wrap a long team name", async () => {
    const words = await openRound(language)
    await userEvent.click(screen.getByRole('button', { name: words.toDecide }))
    await userEvent.click(screen.getByRole('button', { name: words.weAre }))
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.closest('.pass-device-team')).not.toBeNull()
  })
})
