// @vitest-environment jsdom
// What the reader sees of the app around the game: a new version offered with a reload, and the live pages
// saying plainly that they need the network.
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectAccessible, fakeStore, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

describe('the update notice', () => {
  it('stays away until a new version waits, then reloads into it when asked', async () => {
    preferReducedMotion()
    const store = await fakeStore({ route: { name: 'library' } })
    const { container } = await renderApp(store)
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull()

    const install = vi.fn(async () => {})
    store.getState().updateReady(install)
    expect(await screen.findByText(/A new version of Article Four is ready/)).toBeVisible()
    await expectAccessible(container)
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(install).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled()
  })
})

describe('the live pages offline', () => {
  it('say that live sessions need the network, and point to the exercise on one screen', async () => {
    preferReducedMotion()
    const store = await fakeStore({ route: { name: 'live' } })
    await renderApp(store)
    expect(screen.queryByTestId('offline-note')).toBeNull()
    store.getState().setOnline(false)
    const note = await screen.findByRole('alert')
    expect(note).toHaveTextContent(/You are offline. Live sessions need the workshop server/)
    expect(screen.getByRole('link', { name: 'pass the device' })).toHaveAttribute('href', '#/live/pass')
    store.getState().setOnline(true)
    await vi.waitFor(() => expect(screen.queryByTestId('offline-note')).toBeNull())
  })
})
