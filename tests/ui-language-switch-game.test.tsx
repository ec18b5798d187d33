// @vitest-environment jsdom
// A switch of language in the middle of a game, the first time the crisis's Russian is needed: the screen stays
// as the student left it (the choices picked but not sent, the focus on the switch) while the words come, then
// speaks Russian, all of it at once.
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { App } from '../src/ui/app'
import { activateLanguage } from './active-language'
import {
  crisesCome,
  fakeStore,
  heldTranslations,
  playAt,
  preferReducedMotion,
  RUSSIAN_PAGE,
  russianMessagesCome,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(async () => {
  cleanup()
  await activateLanguage('en')
})

it("keeps a student's unsent choices and focus through a first switch to Russian", async () => {
  const held = heldTranslations()
  const store = await fakeStore({
    library: [...(await loadBundledLibrary())],
    loadTranslations: held.load,
    route: playAt('kazakhstan-2022', 'tokayev', 'decide', { seed: 42, choices: [] }),
  })
  await activateLanguage('en')
  render(<App store={store} onStartFresh={() => {}} />)
  await screen.findByRole('heading', { level: 1, name: /^Do you ask the alliance/ }, { timeout: 10_000 })
  const ask = screen.getByLabelText('Ask for help under Article 4')
  const heading = screen.getByRole('heading', { level: 1 })
  await userEvent.click(ask)
  const terrorism = screen.getByLabelText('Foreign-backed terrorism')
  await userEvent.click(terrorism)

  const russian = screen.getByRole('button', { name: 'Русский' })
  await userEvent.click(russian)
  expect(store.getState().translationsPending).toBe(true)
  // While the crisis's Russian is on its way, the game stays on the screen as it was: the same elements, so its
  // place on the page too, and in English, even once the page's own Russian messages have come.
  await russianMessagesCome()
  expect(heading).toBeInTheDocument()
  expect(terrorism).toBeInTheDocument()
  expect(terrorism).toBeChecked()
  expect(russian).toHaveFocus()
  expect(
    await crisesCome(held, terrorism.closest('fieldset')!, 'Терроризм, поддерживаемый из-за рубежа'),
  ).toEqual(RUSSIAN_PAGE)

  await waitFor(() => expect(heading).toHaveTextContent(/^Обращаетесь ли вы к союзникам/), {
    timeout: 10_000,
  })
  expect(ask).toBeChecked()
  expect(terrorism).toBeChecked()
  expect(screen.getByLabelText('Обратиться за помощью по статье 4')).toBe(ask)
  expect(screen.getByLabelText('Терроризм, поддерживаемый из-за рубежа')).toBe(terrorism)
  expect(russian).toHaveFocus()
})
