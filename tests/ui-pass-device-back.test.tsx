// @vitest-environment jsdom
// Pass-the-device's steps are the route's: the browser's Back (the store entering the previous address, as
// url-sync.ts does) takes a team from its screen to its hand-over, and the choice it made but did not send is
// still chosen when it comes back. Checked in Chromium, with the real Back button, by e2e/pass-device-back.spec.ts.
import { act, cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startPassDevice } from '../src/store/live/pass-device'
import { fakeSetup } from './pass-device-fakes'
import { bundled } from './server-fakes'
import { fakeLibrary, fakeStore, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => {
  preferReducedMotion()
  localStorage.clear()
})
afterEach(cleanup)

/** The kept exercise, resumed and started: round 1 at the table, on the app's own store. */
async function openRound() {
  const started = startPassDevice(fakeSetup(), { now: () => 1_700_000_000_000, storage: localStorage })
  if (!started.ok) throw new Error(started.error.detail)
  const store = await fakeStore({
    library: fakeLibrary([bundled('kazakhstan-2022')]),
    route: { name: 'pass-device' },
  })
  await renderApp(store)
  await userEvent.click(await screen.findByRole('button', { name: 'Resume it' }))
  await userEvent.click(screen.getByRole('button', { name: 'Start the exercise' }))
  return store
}

const firstChoice = () =>
  document.querySelector<HTMLInputElement>('fieldset.choice-group input[type=radio]') ??
  (() => {
    throw new Error('no choice on the screen')
  })()

describe("Back inside pass-the-device's exercise", () => {
  it("goes from a team's screen to its hand-over, and the team's unsent choice is kept", async () => {
    const store = await openRound()
    await userEvent.click(screen.getByRole('button', { name: /^Hand over to decide\W+Astana/ }))
    expect(store.getState().route).toEqual({ name: 'pass-device', step: { kind: 'handover', team: 't1' } })
    const handover = store.getState().route
    await userEvent.click(screen.getByRole('button', { name: 'We are Astana: show our screen' }))
    expect(store.getState().route).toEqual({ name: 'pass-device', step: { kind: 'team', team: 't1' } })
    await userEvent.click(firstChoice())
    const chosen = firstChoice().value
    expect(firstChoice()).toBeChecked()

    await act(() => store.getState().enter(handover))
    expect(screen.getByRole('heading', { level: 1, name: 'Pass the device to Astana' })).toBeInTheDocument()
    expect(document.querySelector('form.decision-form')).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'We are Astana: show our screen' }))
    expect(firstChoice().value).toBe(chosen)
    expect(firstChoice()).toBeChecked()
  })

  it("leaves no hidden team's screen in history: hiding it replaces it by the table", async () => {
    const store = await openRound()
    await userEvent.click(screen.getByRole('button', { name: /^Hand over to decide\W+Astana/ }))
    await userEvent.click(screen.getByRole('button', { name: 'We are Astana: show our screen' }))
    await userEvent.click(screen.getByRole('button', { name: 'Hide our screen and hand back' }))
    expect(store.getState().route).toEqual({ name: 'pass-device' })
    expect(store.getState().urlWrite).toBe('replace')
    expect(screen.getByRole('heading', { level: 1, name: 'Round 1' })).toBeInTheDocument()
  })
})
