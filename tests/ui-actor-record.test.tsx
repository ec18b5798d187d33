// @vitest-environment jsdom
// An actor's dated record on its card, as the scenario sees it: the entries up to the crisis's start, oldest first,
// dated in the reader's language, their markers numbered in the crisis's one list and leading to its entries.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ActorId, LANGUAGE_KEY, type Scenario } from '../src/store'
import { loadTranslations } from '../src/store/bundled-kit'
import { bundled } from './server-fakes'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const CRISES = ['kazakhstan-unrest-2026', 'ferghana-water-2027', 'kyrgyzstan-2010'] as const

async function crisisPage(id: (typeof CRISES)[number], language: 'en' | 'ru' = 'en') {
  const store = await fakeStore({
    library: fakeLibrary(CRISES.map((c) => bundled(c))),
    route: { name: 'scenario', scenario: id },
    loadTranslations,
    ...(language === 'ru' ? { storage: memoryStorage({ [LANGUAGE_KEY]: language }) } : {}),
  })
  return renderApp(store)
}

/** The record entry that says `text`, as its list item. */
const entry = async (text: string | RegExp) => (await screen.findByText(text)).closest('li') as HTMLLIElement

describe("an actor's record on the crisis page", () => {
  it("shows Armenia's 2023 entry to a 2026 crisis, dated, under the fold that counts the entries", async () => {
    await crisisPage('kazakhstan-unrest-2026')
    const item = await entry(/^Armenia declined to host the alliance's exercises that year/)
    expect(within(item).getByText('10 January 2023')).toHaveAttribute('dateTime', '2023-01-10')
    const fold = item.closest('details')!
    expect(fold).not.toHaveAttribute('open')
    // Every entry to the start (2 March 2026), the 2024 ones last; none later.
    expect(within(fold).getByText('Record before this crisis (11)').tagName).toBe('SUMMARY')
    const dates = within(fold)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')!.getAttribute('dateTime'))
    expect(dates).toEqual([...dates].sort())
    expect(dates.at(-1)).toBe('2024-05-08')
  })

  it('shows a 2027 crisis the treaties of 2025', async () => {
    await crisisPage('ferghana-water-2027')
    const item = await entry(/^Signed, with Tajikistan and Uzbekistan, a treaty fixing the point/)
    expect(within(item).getByText('31 March 2025')).toBeInTheDocument()
  })

  it('never tells a 2010 crisis of 2022, nor of anything after its start', async () => {
    const { container } = await crisisPage('kyrgyzstan-2010')
    const roles = screen.getByRole('region', { name: 'Choose your role' })
    const dates = [...roles.querySelectorAll('time')].map((t) => t.getAttribute('dateTime')!)
    expect(dates).toContain('2010-04-08')
    expect(dates.every((d) => d <= '2010-06-10')).toBe(true)
    expect(container.textContent).not.toMatch(/150 troops for the alliance's mission in Kazakhstan/)
    expect(roles.textContent).not.toMatch(/\b2022\b(?!\])/)
  })

  it("leads a record entry's marker to its entry in the crisis's source list", async () => {
    await crisisPage('kazakhstan-unrest-2026')
    const item = await entry(/^Armenia declined to host the alliance's exercises that year/)
    const list = screen.getByRole('region', { name: 'Sources' })
    const marker = within(item).getByRole('button', { name: /^Source \d+$/ })
    await userEvent.click(marker)
    const target = document.activeElement as HTMLLIElement
    expect(list).toContainElement(target)
    expect(String(target.value)).toBe(marker.textContent)
    expect(target).toHaveTextContent('Armenia calls off CSTO exercises')
  })

  it('reads in Russian on a Russian page, the entry and its date', async () => {
    await crisisPage('kazakhstan-unrest-2026', 'ru')
    const item = await entry(/^Армения отказалась принимать учения альянса в том году/)
    expect(within(item).getByText('10 января 2023 г.')).toHaveAttribute('dateTime', '2023-01-10')
    expect(within(item.closest('details')!).getByText('Что было до этого кризиса (11)')).toBeInTheDocument()
    const marker = within(item).getByRole('button', { name: /^Источник \d+$/ })
    await userEvent.click(marker)
    expect(screen.getByRole('region', { name: 'Источники' })).toContainElement(
      document.activeElement as HTMLElement,
    )
  })

  it("shows on the role's briefing too, its markers leading to the briefing's list", async () => {
    const store = await fakeStore({
      library: fakeLibrary([bundled('kazakhstan-unrest-2026')]),
      route: playAt('kazakhstan-unrest-2026', 'yerevan', 'briefing', { seed: 42 }),
    })
    await renderApp(store)
    const item = await entry(/^Armenia declined to host the alliance's exercises that year/)
    await userEvent.click(within(item).getByRole('button', { name: /^Source \d+$/ }))
    expect(document.activeElement).toHaveTextContent('Armenia calls off CSTO exercises')
  })

  it('shows a short record as it is, without a fold', async () => {
    const base = fakeScenario()
    const russia = base.actors['russia' as ActorId]!
    const scenario = fakeScenario({
      actors: {
        ...base.actors,
        russia: {
          ...russia,
          record: [
            { date: '2010-06-12', text: 'Turned down a plea for troops.' },
            { date: '2020-11-10', text: 'Brokered a ceasefire.' },
          ],
        },
      } as Scenario['actors'],
    })
    await renderApp(
      await fakeStore({
        library: fakeLibrary([scenario]),
        route: { name: 'scenario', scenario: scenario.id },
      }),
    )
    const item = await entry('Brokered a ceasefire.')
    expect(item.closest('details')).toBeNull()
    const record = item.closest('.actor-record') as HTMLElement
    expect(within(record).getByText('Before this crisis')).toBeInTheDocument()
    expect(
      within(record)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['12 June 2010 Turned down a plea for troops.', '10 November 2020 Brokered a ceasefire.'])
  })

  it('leaves the crisis page accessible', async () => {
    const { container } = await crisisPage('kazakhstan-unrest-2026')
    for (const fold of container.querySelectorAll('details')) fold.open = true
    await expectAccessible(container)
  })
})
