// @vitest-environment jsdom
// The decision screen: the role's choices in order, only those the engine offers, each with what the treaty and
// the precedents say; what has happened so far; how the treaty reads the case.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGameStore, type Session } from '../src/store'
import {
  expectAccessible,
  fakeLibrary,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  testSession,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const decide = (role: string, choices: string[] = []) =>
  fakeStore({ route: playAt('test-crisis', role, 'decide', { seed: 42, choices }) })

describe('the decision screen', () => {
  it('asks the requester whether to ask, then how to frame the threat, what help and how long', async () => {
    const store = await decide('kazakhstan')
    await renderApp(store)
    expect(screen.queryByRole('group', { name: 'How do you describe the threat?' })).toBeNull()
    await userEvent.click(screen.getByLabelText('Ask for help under Article 4'))
    const framing = screen.getByRole('group', { name: 'How do you describe the threat?' })
    expect(
      within(framing)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['internal-unrest', 'foreign-backed', 'external-attack'])
    await userEvent.click(screen.getByLabelText('Foreign-backed terrorism'))
    await userEvent.click(screen.getByLabelText('A peacekeeping contingent'))
    await userEvent.click(screen.getByLabelText('14 days'))
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }))
    await waitFor(() => expect(store.getState().route).toMatchObject({ screen: 'resolve' }))
    expect(store.getState().game?.decisions).toEqual(['request:foreign-backed:peacekeepers:14'])
  })

  it('says what the treaty and the precedents before the crisis say about each option', async () => {
    // The crisis starts on 2 January 2022: Kyrgyzstan 2010 is a precedent, Tokayev's request of 5 January is not.
    await renderApp(await decide('kazakhstan'))
    await userEvent.click(screen.getByLabelText('Ask for help under Article 4'))
    expect(screen.getByLabelText('Internal unrest')).toHaveAccessibleDescription(
      /Kyrgyzstan.*refused as .an internal conflict/,
    )
    expect(screen.getByLabelText('Foreign-backed terrorism')).toHaveAccessibleDescription(/formal cover/)
    expect(screen.getByLabelText('Foreign-backed terrorism')).not.toHaveAccessibleDescription(/Tokayev/)
    expect(screen.getByLabelText('An attack from outside')).toHaveAccessibleDescription(
      /do not extend to Karabakh/,
    )
  })

  it('shows how the treaty would read each framing before the request is made', async () => {
    await renderApp(await decide('kazakhstan'))
    const panel = screen.getByRole('region', { name: 'How the treaty would read your request' })
    expect(within(panel).getByText(/Internal unrest/)).toBeInTheDocument()
    expect(within(panel).getAllByText(/Contested/).length).toBeGreaterThan(0)
  })

  it('holds the form, and says so, while the engine answers from its own thread', async () => {
    // The engine answers when the test lets it: first at once, then only once the form has been seen waiting.
    let gate = Promise.resolve()
    const engine = testSession()
    const slow: Session = { ...engine, startGame: (...args) => gate.then(() => engine.startGame(...args)) }
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => slow,
      storage: memoryStorage(),
    })
    await store.getState().load('all')
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42, choices: [] }))
    await renderApp(store)
    let release = () => {}
    gate = new Promise((r) => {
      release = r
    })
    await userEvent.click(screen.getByLabelText('Make no request'))
    await userEvent.click(screen.getByRole('button', { name: 'Make no request' }))
    expect(screen.getByRole('status')).toHaveTextContent('The others are deciding…')
    expect(screen.getByRole('button', { name: 'Make no request' })).toBeDisabled()
    release()
    await waitFor(() => expect(store.getState().route).toMatchObject({ screen: 'resolve' }))
  })

  it('asks for a choice before sending, and says which', async () => {
    const store = await decide('kazakhstan')
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose whether to ask for help.')
    await userEvent.click(screen.getByLabelText('Ask for help under Article 4'))
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose how to frame the threat')
    expect(store.getState().game?.decisions).toEqual([])
  })

  it('offers Russia no more than the request asked for, and shows the request', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'russia', 'decide', { seed: 42 }) })
    const pending = store.getState().view!.result
    if (pending.status !== 'awaiting') throw new Error('Russia should be asked')
    const request = store.getState().view!.result.moves[0]!.decision
    await renderApp(store)
    const soFar = screen.getByRole('region', { name: 'What has happened so far' })
    expect(soFar).toHaveTextContent(/Kazakhstan asks for/)
    // On a phone the request being answered comes first, above the form that answers it.
    const form = screen.getByRole('form', { name: 'Your answer' })
    expect(soFar.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await userEvent.click(screen.getByLabelText('Send a collective force'))
    const forces = within(screen.getByRole('group', { name: /What force/ }))
      .getAllByRole('radio')
      .map((r) => r.getAttribute('value'))
    if (request.kind !== 'request') throw new Error('expected a request')
    const order = ['observers', 'peacekeepers', 'rapid-reaction']
    expect(forces).toEqual(order.slice(0, order.indexOf(request.help) + 1))
  })

  it('asks another member for its vote in the Council, once Russia has granted help', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'belarus', 'decide', { seed: 42 }) })
    await renderApp(store)
    expect(store.getState().view!.result).toMatchObject({ status: 'awaiting', pending: { stage: 'vote' } })
    expect(screen.getByLabelText('Object')).toHaveAccessibleDescription(/Uzbekistan/)
    await userEvent.click(screen.getByLabelText('Consent'))
    await userEvent.click(screen.getByRole('button', { name: 'Cast your vote' }))
    await waitFor(() => expect(store.getState().game?.decisions).toEqual(['consent']))
  })

  it('asks China to endorse, stay silent or warn', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'china', 'decide', { seed: 42 }) })
    await renderApp(store)
    const group = screen.getByRole('group', { name: "Beijing's position" })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['stay-silent', 'endorse', 'warn'])
    expect(screen.getByLabelText('Back the government in public')).toHaveAccessibleDescription(/Lukashenko/)
    expect(screen.getByLabelText('Back the government in public')).not.toHaveAccessibleDescription(/decisive/)
  })

  it('lets the keyboard alone make a decision', async () => {
    const store = await decide('kazakhstan')
    await renderApp(store)
    const user = userEvent.setup()
    screen.getByLabelText('Make no request').focus()
    await user.keyboard(' ')
    expect(screen.getByLabelText('Make no request')).toBeChecked()
    // The option's precedents come next, under their disclosure, as they are drawn; then the button.
    const option = screen.getByLabelText('Make no request').closest('.choice') as HTMLElement
    await user.tab()
    expect(within(option).getByText(/^\d+ precedents$/)).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Make no request' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(store.getState().game?.decisions).toEqual(['no-request']))
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await decide('kazakhstan'))
    await userEvent.click(screen.getByLabelText('Ask for help under Article 4'))
    await expectAccessible(container)
  })
})
