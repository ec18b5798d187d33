// @vitest-environment jsdom
// The briefing: the role's private text (untrusted, rendered as text), the treaty in plain words, the role's
// interests, the seed, and the way into the game.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseHash } from '../src/store'
import { expectAccessible, fakeStore, playAt, preferReducedMotion, renderApp } from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const briefing = (role = 'kazakhstan', seed = 42) =>
  fakeStore({ route: playAt('test-crisis', role, 'briefing', { seed }) })

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
    // The role's own interests speak to the player: not "the requesting government's", but yours.
    expect(within(cares).getAllByRole('listitem')[0]).toHaveTextContent(
      'Your hold on poweryou want it higher, a great deal',
    )
  })

  it("names another role's interests after whose they are, and yours after you", async () => {
    await renderApp(await briefing('russia'))
    const cares = screen.getByRole('list', { name: 'What you care about, most first' })
    const items = within(cares)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toContain('Your influence in the regionyou want it higher, a great deal')
    // As the model weighs it: Moscow's standing 0.6, by its view of Tokayev's legitimacy (0.9).
    expect(items).toContain("The hold on power of Kazakhstan's governmentyou want it higher, a fair amount")
  })

  it('keeps the crisis so far, the treaty and the seed a click away, after the way into the game', async () => {
    await renderApp(await briefing())
    const start = screen.getByRole('button', { name: 'Start the crisis' })
    const background = screen.getByText('The crisis so far')
    expect(start.compareDocumentPosition(background) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(background.closest('details')).not.toHaveAttribute('open')
  })

  /** A seed whose game opens for Russia as wanted: the model's calibration decides which seeds those are. */
  const russiaOpening = async (opening: 'as-recorded' | 'otherwise') => {
    for (let seed = 1; seed <= 40; seed++) {
      const store = await briefing('russia', seed)
      if (store.getState().view!.opening === opening) return store
    }
    throw new Error(`no seed up to 40 opens ${opening}: the test needs more`)
  }

  it('offers Russia a start from what really happened, and plays a game that opens as the record does', async () => {
    const store = await russiaOpening('otherwise')
    await renderApp(store)
    await userEvent.click(screen.getByRole('button', { name: 'Start from what really happened' }))
    await screen.findByRole('heading', { level: 1, name: 'The crisis unfolds' })
    expect(store.getState().view!.opening).toBe('as-recorded')
    await waitFor(() =>
      expect(document.querySelector('.move-line')).toHaveTextContent(
        /^Kazakhstan asks for .* calling the threat foreign-backed terrorism/,
      ),
    )
  })

  it('says so when the game already opens as history did', async () => {
    await renderApp(await russiaOpening('as-recorded'))
    expect(screen.queryByRole('button', { name: 'Start from what really happened' })).toBeNull()
    expect(screen.getByText('In this game the others open as they did in history.')).toBeInTheDocument()
  })

  it('offers no historical opening to a role that moves first', async () => {
    await renderApp(await briefing())
    expect(screen.queryByRole('button', { name: 'Start from what really happened' })).toBeNull()
  })

  it('shows the game number and starts a fresh game on another one', async () => {
    const store = await briefing()
    await renderApp(store)
    expect(screen.getByTestId('seed')).toHaveTextContent('Game number 42')
    const field = screen.getByLabelText('Game number')
    await userEvent.clear(field)
    await userEvent.type(field, '2024')
    await userEvent.click(screen.getByRole('button', { name: 'Play this number' }))
    expect(await screen.findByText('Game number 2024')).toBeInTheDocument()
    expect(store.getState().game?.seed).toBe(2024)
  })

  it("reads the game bar's crisis, role and game number as parts apart, not run together", async () => {
    await renderApp(await briefing('russia'))
    const bar = screen.getByTestId('seed').parentElement!
    // What a screen reader reads: the text outside aria-hidden, whose dots are for the eye alone.
    const spoken = (node: Node): string =>
      node instanceof Element
        ? node.getAttribute('aria-hidden') === 'true'
          ? ''
          : [...node.childNodes].map(spoken).join('')
        : (node.textContent ?? '')
    expect(spoken(bar)).toBe('Test Crisis 2022. You play the Kremlin. Game number 42')
    // The eye still sees them apart by a dot.
    expect(bar.querySelector('[aria-hidden="true"]')).toHaveTextContent('·')
  })

  it('refuses a seed that is not a whole number', async () => {
    await renderApp(await briefing())
    const field = screen.getByLabelText('Game number')
    await userEvent.clear(field)
    await userEvent.type(field, 'forty')
    await userEvent.click(screen.getByRole('button', { name: 'Play this number' }))
    expect(screen.getByRole('alert')).toHaveTextContent('A game number is a whole number')
  })

  it('says so when a link gives a game number out of range, and which number the game plays instead', async () => {
    const store = await fakeStore({ seed: 42 })
    await store.getState().enter(parseHash('#/play/test-crisis/role/kazakhstan?seed=99999999999'))
    await renderApp(store)
    expect(screen.getByTestId('seed')).toHaveTextContent('Game number 42')
    expect(screen.getByRole('status')).toHaveTextContent(
      'The game number in this link, “99999999999”, is not a game number (a game number is a whole number from 0 to 2147483647), so this is game number 42.',
    )
    // Told once, on this page: the next step leaves it behind.
    await userEvent.click(screen.getByRole('button', { name: 'Start the crisis' }))
    expect(store.getState().route).toMatchObject({ screen: 'decide' })
    expect(store.getState().notice).toBeNull()
    expect(screen.queryByText(/is not a seed/)).not.toBeInTheDocument()
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
    // The dispatches come into the live list once it has been painted empty (so a screen reader hears them).
    await waitFor(() =>
      expect(document.querySelector('.move-line')).toHaveTextContent(
        /^Kazakhstan (asks for|makes no request)/,
      ),
    )
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await briefing())
    await expectAccessible(container)
  })
})
