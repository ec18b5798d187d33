// @vitest-environment jsdom
// The join page of a device off the network: it says so before Continue, as the other live pages do, in both
// languages, and stops saying so once the device is back on the network.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { expectAccessible, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const joinPage = (language: 'en' | 'ru') =>
  fakeStore({ storage: memoryStorage({ [LANGUAGE_KEY]: language }), route: { name: 'join' } })

describe('the join page offline', () => {
  it('says the device is offline beside the code form, before Continue, and where to play instead', async () => {
    const store = await joinPage('en')
    store.getState().setOnline(false)
    const { container } = await renderApp(store)
    const note = screen.getByTestId('offline-note')
    expect(note).toHaveAttribute('role', 'alert')
    expect(note).toHaveTextContent(/^You are offline\. Live sessions need the workshop server/)
    expect(within(note).getByRole('link', { name: 'pass the device' })).toHaveAttribute('href', '#/live/pass')
    // The code form is still there: the team can type the code now and continue once the network is back.
    expect(screen.getByLabelText('Join code')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
    await expectAccessible(container)

    store.getState().setOnline(true)
    await vi.waitFor(() => expect(screen.queryByTestId('offline-note')).toBeNull())
  })

  it('says nothing of the network while the device is online', async () => {
    await renderApp(await joinPage('en'))
    expect(screen.getByLabelText('Join code')).toBeInTheDocument()
    expect(screen.queryByTestId('offline-note')).toBeNull()
  })

  it('says the same in Russian', async () => {
    const store = await joinPage('ru')
    store.getState().setOnline(false)
    await renderApp(store)
    const note = await screen.findByTestId('offline-note')
    expect(note).toHaveTextContent(/^Нет подключения к сети\. Сетевым сессиям нужен сервер занятий/)
    expect(within(note).getByRole('link', { name: 'передавайте устройство по кругу' })).toHaveAttribute(
      'href',
      '#/live/pass',
    )
    expect(note).not.toHaveTextContent(/offline|workshop server/i)
  })
})
