// @vitest-environment jsdom
// The frame around the screens: the address bar drives the game, errors become messages, motion is optional.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectUrl } from '../src/store'
import { App } from '../src/ui/app'
import { MarkdownText } from '../src/ui/components/markdown-text'
import { ErrorBoundary } from '../src/ui/error-boundary'
import { expectAccessible, fakeStore, inEnglish, Messages, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

function Broken(): never {
  throw new Error('the engine fell over')
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('the app', () => {
  it('follows the address bar, and the back button undoes a decision', async () => {
    preferReducedMotion()
    window.history.replaceState(null, '', '#/play/test-crisis/role/kazakhstan/decide?seed=9&choices=')
    const store = await fakeStore()
    const disconnect = connectUrl(store, window)
    await renderApp(store)
    expect(store.getState().route).toMatchObject({ screen: 'decide', seed: 9 })
    const pending = store.getState().view!.result
    if (pending.status !== 'awaiting') throw new Error('expected a decision')
    await store.getState().decide(pending.pending.options[0]!)
    expect(window.location.hash).toBe(
      '#/play/test-crisis/role/kazakhstan/resolve?seed=9&choices=no-request&lang=en',
    )
    window.history.back()
    await until(() => store.getState().game?.decisions.length === 0)
    expect(store.getState().game?.decisions).toEqual([])
    expect(store.getState().route).toMatchObject({ screen: 'decide' })
    disconnect()
  })

  it('sends an unknown address to a page that leads back', async () => {
    await renderApp(await fakeStore({ route: { name: 'not-found', path: '/nowhere' } }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Not found')
    expect(screen.getByRole('link', { name: 'Back to the library of crises' })).toHaveAttribute('href', '#/')
  })

  it('catches an error in a screen and offers a fresh start instead of a blank page', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const startFresh = vi.fn()
    // The boundary sits inside the app's language provider: alone, it gets the English messages here.
    await inEnglish()
    render(
      <ErrorBoundary onStartFresh={startFresh}>
        <Broken />
      </ErrorBoundary>,
      { wrapper: Messages },
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
    expect(screen.getByText('the engine fell over')).toBeInTheDocument()
    screen.getByRole('button', { name: 'Start fresh' }).click()
    expect(startFresh).toHaveBeenCalled()
    spy.mockRestore()
  })

  it('renders only the Markdown subset, and everything else as text', () => {
    render(
      <MarkdownText
        source={'A **bold** and *odd* <img src=x onerror=alert(1)> line.\n\n- one\n- two'}
        sources={[]}
      />,
    )
    expect(screen.getByText('bold').tagName).toBe('STRONG')
    expect(screen.getByText('odd').tagName).toBe('EM')
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('shows a citation as the numbers of its sources, titled with what they are', async () => {
    const sources = [
      {
        id: 'tynan-2010',
        title: "Russia Turns Down Kyrgyzstan's Plea",
        author: 'Deirdre Tynan',
        date: '12 June 2010',
      },
      { id: 'freriks-2022', title: 'CSTO shows its true colours', date: '6 April 2022' },
    ]
    // A marker's title writes its source's date in the reader's language, which the app's language provider gives.
    await inEnglish()
    render(
      <MarkdownText
        source={
          'Moscow said no [tynan-2010]. **Twice [freriks-2022; tynan-2010]**, and [a link](x) stays text.'
        }
        sources={sources}
      />,
      { wrapper: Messages },
    )
    const cites = [...document.querySelectorAll('.citation')]
    expect(cites.map((c) => c.textContent)).toEqual(['[1]', '[2, 1]'])
    expect(cites[0]!.getAttribute('title')).toBe(
      "1. Deirdre Tynan, Russia Turns Down Kyrgyzstan's Plea, 12 June 2010",
    )
    expect(document.body.textContent).not.toMatch(/tynan-2010|freriks-2022/)
    expect(document.body.textContent).toContain('[a link](x)')
  })

  it('is accessible', async () => {
    const store = await fakeStore()
    const { container } = render(<App store={store} onStartFresh={() => {}} />)
    await screen.findByRole('heading', { level: 1 })
    await expectAccessible(container)
  })
})
