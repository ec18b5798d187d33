// @vitest-environment jsdom
// The join form's team name: counted as the server counts it, never cut as it is typed, and shown as the
// server will keep it before the team sends it.
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { lobbyView } from '../src/live'
import { NameForm } from '../src/ui/live/name-form'
import { Driver } from './server-fakes'
import { expectAccessible, panelWrapper, speak } from './ui-fakes'

afterEach(cleanup)

function renderForm(wrapper: Awaited<ReturnType<typeof panelWrapper>>) {
  const onJoin = vi.fn()
  const view = render(
    <NameForm sent={lobbyView(new Driver().session)} busy={false} error={null} onJoin={onJoin} />,
    { wrapper },
  )
  return { ...view, onJoin }
}

describe('the team name on the join form', () => {
  let wrapper: Awaited<ReturnType<typeof panelWrapper>>
  beforeAll(async () => {
    await speak('en')
    wrapper = await panelWrapper('en')
  })

  it('says the limit, and counts down near it, an emoji as one character', async () => {
    const { onJoin } = renderForm(wrapper)
    const input = screen.getByLabelText('Team name')
    expect(input).toHaveAccessibleDescription('Up to 40 characters.')
    await userEvent.type(input, `👩‍💻 ${'a'.repeat(33)}`)
    expect(input).toHaveAccessibleDescription('35 of 40 characters')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))
    expect(onJoin).toHaveBeenCalledWith(`👩‍💻 ${'a'.repeat(33)}`, undefined)
  })

  it('keeps a name past the limit whole, says how much to take out, and does not send it', async () => {
    const { onJoin } = renderForm(wrapper)
    const input = screen.getByLabelText('Team name')
    const long = 'Shanghai Cooperation Organisation observers'
    await userEvent.click(input)
    await userEvent.paste(long)
    expect(input).toHaveValue(long)
    expect(input).toBeInvalid()
    expect(input).toHaveAccessibleDescription('Too long: take out 3 characters (a team name has at most 40).')
    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled()
    await userEvent.type(input, '{Backspace}{Backspace}{Backspace}')
    expect(input).toBeValid()
    expect(screen.getByRole('button', { name: 'Join' })).toBeEnabled()
    expect(onJoin).not.toHaveBeenCalled()
  })

  it('says how the name will be shown when the server will change it', async () => {
    renderForm(wrapper)
    const input = screen.getByLabelText('Team name')
    await userEvent.type(input, 'Silk  Road')
    expect(input).toHaveAccessibleDescription('Up to 40 characters. Your team will be shown as “Silk Road”.')
    await userEvent.clear(input)
    await userEvent.type(input, 'Silk Road')
    expect(input).toHaveAccessibleDescription('Up to 40 characters.')
  })

  it('is accessible with its note', async () => {
    const { container } = renderForm(wrapper)
    await userEvent.type(screen.getByLabelText('Team name'), 'x'.repeat(45))
    await expectAccessible(container)
  })
})

describe('the team name on the join form in Russian', () => {
  it('says the limit and the overrun in Russian, with Russian plurals', async () => {
    await speak('ru')
    const { onJoin } = renderForm(await panelWrapper('ru'))
    const input = screen.getByLabelText('Название команды')
    expect(input).toHaveAccessibleDescription('Не более 40 символов.')
    await userEvent.click(input)
    await userEvent.paste('Ш'.repeat(42))
    expect(input).toHaveAccessibleDescription(
      'Слишком длинное название: уберите 2 символа (допускается не более 40 символов).',
    )
    await userEvent.type(input, '{Backspace}')
    expect(input).toHaveAccessibleDescription(
      'Слишком длинное название: уберите 1 символ (допускается не более 40 символов).',
    )
    await userEvent.type(input, '{Backspace}')
    expect(input).toHaveAccessibleDescription('40 из 40 символов')
    expect(onJoin).not.toHaveBeenCalled()
    await speak('en')
  })
})
