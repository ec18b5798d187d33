// @vitest-environment jsdom
// The game in Russian: a reader who chose it sees the decision screen in Russian, <html lang> says so, and the
// switch in the header brings English back and is remembered.
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import {
  expectAccessible,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

describe('the game in Russian', () => {
  it('asks the requester in Russian, with the help beside each choice', async () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
    const store = await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42 }),
    })
    await renderApp(store)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Обращаетесь ли вы к союзникам за помощью по статье 4?',
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'))
    await userEvent.click(screen.getByLabelText('Обратиться за помощью по статье 4'))
    expect(screen.getByRole('group', { name: 'Как вы квалифицируете угрозу?' })).toBeInTheDocument()
    expect(screen.getByLabelText('14 дней')).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Этапы игры' })).toHaveTextContent('Решение')
    await expectAccessible(document.body)
  })

  it('switches back to English from the header, and remembers it', async () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'ru' })
    const store = await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42 }),
    })
    await renderApp(store)
    const english = await screen.findByRole('button', { name: 'English' })
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(english)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Do you ask the alliance for help under Article 4?',
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.documentElement.lang).toBe('en'))
    expect(english).toHaveAttribute('aria-pressed', 'true')
    expect(storage.data.get(LANGUAGE_KEY)).toBe('en')
  })
})
