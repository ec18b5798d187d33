// @vitest-environment jsdom
// On a phone the decision screen once put the request's button some 1,400 px down, under the four precedents of
// "Make no request", and said how the treaty would read each framing only after it. Below the width where the
// screen stands in two columns, an option's precedents now start folded under a disclosure, still read out with
// the option; on a wider screen they start open. How the treaty reads the request comes before the form, in the
// page's order, which is the order a keyboard and a screen reader follow.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../src/store'
import { fakeStore, memoryStorage, playAt, preferReducedMotion, renderApp } from './ui-fakes'

afterEach(cleanup)

/** A window `narrow` or not, as the decide screen's layout sees it (reduced motion, so moves arrive at once). */
function windowOf(narrow: boolean): void {
  preferReducedMotion()
  const motion = window.matchMedia
  window.matchMedia = ((query: string) =>
    query.includes('max-width')
      ? { ...motion(query), matches: narrow }
      : motion(query)) as typeof window.matchMedia
}

const decide = (language: 'en' | 'ru' = 'en') =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: playAt('test-crisis', 'kazakhstan', 'decide', { seed: 42 }),
  })

/** The disclosure of an option's precedents, by the option's label. */
const precedentsOf = (label: string) =>
  (screen.getByLabelText(label).closest('.choice') as HTMLElement).querySelector('details')!

describe("the decision form's precedents", () => {
  it('start folded on a narrow screen, still read out with their option, and open at a press', async () => {
    windowOf(true)
    await renderApp(await decide())
    const folded = precedentsOf('Make no request')
    expect(folded).not.toHaveAttribute('open')
    expect(within(folded).getByText('4 precedents')).toBeInTheDocument()
    expect(screen.getByLabelText('Make no request')).toHaveAccessibleDescription(
      /^Keep Article 4 out of it.*Armenia made no Article 4 request/,
    )
    await userEvent.click(within(folded).getByText('4 precedents'))
    expect(folded).toHaveAttribute('open')
  })

  it('start open on a wide screen', async () => {
    windowOf(false)
    await renderApp(await decide())
    expect(precedentsOf('Make no request')).toHaveAttribute('open')
    expect(precedentsOf('Ask for help under Article 4')).toHaveAttribute('open')
  })

  it('are counted in Russian', async () => {
    windowOf(true)
    await renderApp(await decide('ru'))
    expect(within(precedentsOf('Не обращаться')).getByText('4 прецедента')).toBeInTheDocument()
  })
})

describe('the decision screen', () => {
  it('says how the treaty would read the request before the form and its button', async () => {
    windowOf(true)
    await renderApp(await decide())
    const treaty = screen.getByRole('region', { name: 'How the treaty would read your request' })
    const send = screen.getByRole('button', { name: 'Send the request' })
    const form = screen.getByRole('form', { name: 'Your request' })
    for (const after of [form, send])
      expect(treaty.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})
