// @vitest-environment jsdom
// The join page's code, typed wrong: Continue stays in reach, and pressing it says what a code is, beside the
// field, which is marked invalid and takes the focus; a code typed right goes on to its session.
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { expectAccessible, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const joinPage = (language: 'en' | 'ru') =>
  fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: language }), route: { name: 'join' } })

const ENGLISH_ERROR =
  "That is not a join code: a code is six letters (A–Z) and digits, as the facilitator's screen shows it."

describe('a join code typed wrong', () => {
  it('is tied to the hint, valid, and Continue enabled before anything is typed', async () => {
    await renderApp(await joinPage('en'))
    const field = screen.getByRole('textbox', { name: 'Join code' })
    expect(field).toHaveAccessibleDescription('Type the six-character code your facilitator shows.')
    expect(field).toHaveAttribute('aria-invalid', 'false')
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled()
  })

  it('says, on Enter, what a code is, marks the field invalid and describes it by the hint and the error', async () => {
    const { container } = await renderApp(await joinPage('en'))
    const field = screen.getByRole('textbox', { name: 'Join code' })
    await userEvent.type(field, 'ZZZZ{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(ENGLISH_ERROR)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(
      `Type the six-character code your facilitator shows. ${ENGLISH_ERROR}`,
    )
    expect(field).toHaveFocus()
    await expectAccessible(container)
  })

  it('says so from the Continue button too, and gives the focus back to the field', async () => {
    await renderApp(await joinPage('en'))
    const field = screen.getByRole('textbox', { name: 'Join code' })
    await userEvent.type(field, 'ZZ-ZZ9!')
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(ENGLISH_ERROR)
    expect(field).toHaveFocus()
    // Typing again takes the error away until the next Continue.
    await userEvent.type(field, '{Backspace}')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(field).toHaveAttribute('aria-invalid', 'false')
  })

  it('goes on to the session when the code is one, spaced out as on the projector', async () => {
    const store = await joinPage('en')
    await renderApp(store)
    await userEvent.type(screen.getByRole('textbox', { name: 'Join code' }), 'hwp e9n{Enter}')
    expect(screen.queryByText(ENGLISH_ERROR)).toBeNull()
    expect(store.getState().route).toEqual({ name: 'join', code: 'HWPE9N' })
  })

  it('says the same in Russian', async () => {
    await renderApp(await joinPage('ru'))
    const field = screen.getByRole('textbox', { name: 'Код для подключения' })
    await userEvent.type(field, 'ZZZZ{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Это не код для подключения: код состоит из шести латинских букв (A–Z) и цифр — так, как он показан на экране ведущего.',
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(
      /^Введите код из шести знаков, который показывает ведущий\. Это не код/,
    )
    expect(screen.getByRole('alert')).not.toHaveTextContent(/join code|facilitator/)
  })
})
