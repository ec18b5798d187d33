// @vitest-environment jsdom
// Removing a team from the lobby takes two steps: the question holds the focus on keeping the team, and only
// its second button removes it.
import { cleanup, render as renderAlone, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { RemoveTeam } from '../src/ui/live/remove-team'
import { expectAccessible, inEnglish, Messages } from './ui-fakes'

// Rendered alone, so it gets the app's English messages here.
beforeAll(inEnglish)
const render = (ui: ReactElement) => renderAlone(ui, { wrapper: Messages })
afterEach(cleanup)

describe('removing a team from the lobby', () => {
  it('asks first, with the focus on keeping the team, and keeping it changes nothing', async () => {
    const onRemove = vi.fn()
    render(<RemoveTeam name="Squatters" disabled={false} onRemove={onRemove} />)
    await userEvent.click(screen.getByRole('button', { name: 'Remove Squatters' }))
    expect(screen.getByRole('group', { name: /^Remove Squatters from the session\?/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Keep Squatters' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Keep Squatters' }))
    expect(screen.getByRole('button', { name: 'Remove Squatters' })).toHaveFocus()
    expect(onRemove).not.toHaveBeenCalled()
  })

  it('removes the team on the second step', async () => {
    const onRemove = vi.fn()
    render(<RemoveTeam name="Squatters" disabled={false} onRemove={onRemove} />)
    await userEvent.click(screen.getByRole('button', { name: 'Remove Squatters' }))
    await userEvent.click(screen.getByRole('button', { name: 'Remove Squatters' }))
    expect(onRemove).toHaveBeenCalledTimes(1)
  })

  it('is accessible', async () => {
    const { container } = render(<RemoveTeam name="Squatters" disabled={false} onRemove={() => {}} />)
    await expectAccessible(container)
    await userEvent.click(screen.getByRole('button', { name: 'Remove Squatters' }))
    await expectAccessible(container)
  })
})
