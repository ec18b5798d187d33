// @vitest-environment jsdom
// The briefing: the role's private text (untrusted, rendered as text), the treaty in plain words, the role's
// interests, the seed, and the way into the game.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectAccessible, fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const briefing = (role = 'kazakhstan') =>
  fakeStore({ route: playAt('test-crisis', role, 'briefing', { seed: 42 }) })

describe('the briefing', () => {
  it("renders the role's private briefing as formatted text, never as HTML", async () => {
    const { container } = await renderApp(await briefing())
    const section = screen.getByRole('region', { name: 'Your private briefing' })
    expect(within(section).getByText('shaken').tagName).toBe('EM')
    expect(within(section).getByText('fast').tagName).toBe('STRONG')
    expect(section).toHaveTextContent('<script>alert(1)</script>')
    expect(container.querySelector('script')).toBeNull()
  })

  it('explains Article 4 in plain words and says what the role cares about', async () => {
    await renderApp(await briefing())
    expect(screen.getByText('Article 4: an attack on one is an attack on all')).toBeInTheDocument()
    expect(screen.getByText('Only if the member asks')).toBeInTheDocument()
    const cares = screen.getByRole('list', { name: 'What you care about, most first' })
    expect(within(cares).getAllByRole('listitem')[0]).toHaveTextContent(
      "The requesting government's hold on powerwants it higher, a great deal",
    )
  })

  it('shows the seed and starts a fresh game on another one', async () => {
    const store = await briefing()
    await renderApp(store)
    expect(screen.getByTestId('seed')).toHaveTextContent('Seed 42')
    const field = screen.getByLabelText('Seed')
    await userEvent.clear(field)
    await userEvent.type(field, '2024')
    await userEvent.click(screen.getByRole('button', { name: 'Use this seed' }))
    expect(store.getState().game?.seed).toBe(2024)
    expect(screen.getByTestId('seed')).toHaveTextContent('Seed 2024')
  })

  it('refuses a seed that is not a whole number', async () => {
    await renderApp(await briefing())
    const field = screen.getByLabelText('Seed')
    await userEvent.clear(field)
    await userEvent.type(field, 'forty')
    await userEvent.click(screen.getByRole('button', { name: 'Use this seed' }))
    expect(screen.getByRole('alert')).toHaveTextContent('A seed is a whole number')
  })

  it('takes the requester straight to its decision', async () => {
    const store = await briefing()
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Start the crisis' }))
    expect(store.getState().route).toMatchObject({ screen: 'decide' })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Do you ask the alliance for help under Article 4?',
    )
  })

  it("shows Russia the request's arrival first", async () => {
    const store = await briefing('russia')
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Start the crisis' }))
    expect(store.getState().route).toMatchObject({ screen: 'resolve' })
    await screen.findByRole('heading', { level: 1, name: 'The crisis unfolds' })
    expect(document.querySelector('.move-line')).toHaveTextContent(/^Kazakhstan (requests|makes no request)/)
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await briefing())
    await expectAccessible(container)
  })
})
