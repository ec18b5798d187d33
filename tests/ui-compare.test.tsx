// @vitest-environment jsdom
// The cases compared, on the bundled scenarios and the real engine: one row per historical case, each read under
// the treaty text of its day; and every capital's view after a game, each role's briefing side by side.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Scenario } from '../src/scenario'
import { LANGUAGE_KEY } from '../src/store'
import { bundledScenarios } from './bundled-scenarios'
import {
  expectAccessible,
  fakeLibrary,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

const bundled: readonly Scenario[] = bundledScenarios()

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const compare = () => fakeStore({ library: fakeLibrary(bundled), route: { name: 'compare' } })

/** A case's row, found by the link to its crisis in the row's heading cell. */
async function row(title: RegExp): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: title }, { timeout: 30_000 })
  return link.closest('tr')!
}

describe('the cases compared', { timeout: 60_000 }, () => {
  it('sets every historical case in one table, oldest first, and leaves the hypothetical ones out', async () => {
    await renderApp(await compare())
    const table = await screen.findByRole(
      'table',
      { name: /historical cases side by side/ },
      { timeout: 30_000 },
    )
    const ids = within(table)
      .getAllByRole('row')
      .flatMap((r) => r.getAttribute('data-case') ?? [])
    expect(ids).toEqual([
      'kyrgyzstan-april-2010',
      'kyrgyzstan-2010',
      'belarus-2020',
      'armenia-2020',
      'kyrgyzstan-tajikistan-2021',
      'kazakhstan-2022',
      'armenia-2022',
    ])
    for (const s of bundled.filter((s) => s.kind === 'hypothetical'))
      expect(within(table).queryByText(s.title)).toBeNull()
  })

  it('says Kazakhstan 2022 was granted: consent, and a peacekeeping contingent deployed', async () => {
    await renderApp(await compare())
    const kazakhstan = await row(/Kazakhstan.*2022/)
    expect(kazakhstan).toHaveTextContent('Consent, and deployment of a peacekeeping contingent')
    expect(kazakhstan).toHaveTextContent('the threat named as foreign-backed terrorism')
    expect(kazakhstan).toHaveTextContent('The amended text (2010 protocol')
    expect(kazakhstan.textContent).toContain('2,030\u2013\u20603,770 troops.')
  })

  it('says Beijing endorsed the government in Belarus 2020, where no request meant no response to endorse', async () => {
    await renderApp(await compare())
    const belarus = await row(/^Belarus.*2020/)
    expect(belarus).toHaveTextContent('No request, no help.')
    expect(belarus).toHaveTextContent('Beijing endorsed the government.')
    expect(belarus).not.toHaveTextContent(/endorsed the response/)
  })

  it('reads Kyrgyzstan in June 2010 under the 1992 text, which had no request clause', async () => {
    await renderApp(await compare())
    const kyrgyzstan = await row(/Kyrgyzstan.*June 2010|Osh/)
    expect(kyrgyzstan).toHaveTextContent(
      'The 1992 text: aggression by a state or group of states; no request clause',
    )
    expect(kyrgyzstan).toHaveTextContent('Not eligible under Article 4')
  })

  it('names each condition of the treaty, and each case’s dates, in Russian for a Russian reader', async () => {
    const store = await fakeStore({
      library: fakeLibrary(bundled),
      route: { name: 'compare' },
      storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
    })
    await renderApp(store)
    await screen.findByRole('table', {}, { timeout: 30_000 })
    const kazakhstan = document.querySelector<HTMLElement>('tr[data-case="kazakhstan-2022"]')!
    await waitFor(() =>
      expect(kazakhstan).toHaveTextContent('Государство, которое просит о помощи, — член ОДКБ'),
    )
    expect(kazakhstan).toHaveTextContent('Совет коллективной безопасности принимает решение консенсусом')
    expect(kazakhstan).not.toHaveTextContent('The state asking is a member')
    expect(kazakhstan.querySelector('.case-dates')).toHaveTextContent('2–19 января 2022 г.')
    // The range of troops stays on one line (a word joiner follows the dash), its four-digit figures unspaced.
    expect(kazakhstan.textContent).toContain('2030\u2013\u20603770 военнослужащих.')
  })

  it('asks questions for a class and gives the reading behind them', async () => {
    await renderApp(await compare())
    const questions = screen.getByRole('region', { name: 'Questions for discussion' })
    expect(within(questions).getAllByRole('listitem').length).toBeGreaterThanOrEqual(4)
    const reading = screen.getByRole('region', { name: 'Further reading' })
    expect(reading).toHaveTextContent('Broers, Armenia and Azerbaijan: Anatomy of a Rivalry')
    expect(within(reading).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.chathamhouse.org/2023/06/how-intervene-symbolically-csto-kazakhstan',
    )
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await compare())
    await screen.findByRole('table', undefined, { timeout: 30_000 })
    await expectAccessible(container)
  })
})

describe("every capital's view", () => {
  const finished = () =>
    fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'capitals', { seed: 42, choices: ['no-request'] }),
    })

  it('sets every role’s briefing side by side once the game is over, the player’s own marked', async () => {
    await renderApp(await finished())
    expect(screen.getByRole('heading', { level: 1, name: "Every capital's view" })).toBeInTheDocument()
    for (const [title, briefing] of [
      ['President of Kazakhstan', /Decide fast/],
      ['The Kremlin', /Your forces are massed elsewhere/],
      ['Minsk', /Moscow expects your vote/],
      ['Beijing', /Stability on your border matters most/],
    ] as const) {
      const card = screen.getByRole('region', { name: new RegExp(title) })
      expect(card).toHaveTextContent(briefing)
    }
    expect(screen.getByRole('region', { name: /President of Kazakhstan/ })).toHaveTextContent('(your role)')
  })

  it('keeps the other briefings closed while the game still waits for a decision', async () => {
    await renderApp(await fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'capitals', { seed: 42 }) }))
    expect(screen.queryByText('Your forces are massed elsewhere.')).toBeNull()
  })

  it('is accessible', async () => {
    const { container } = await renderApp(await finished())
    await expectAccessible(container)
  })
})
