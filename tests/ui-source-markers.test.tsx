// @vitest-environment jsdom
// Citation markers a student can follow on every page that shows them: the crisis page, the briefing, every
// capital's page and the debrief list the sources their text cites, numbered alike, and each marker's number
// moves the focus to its entry.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ActorId, LANGUAGE_KEY, type Route, type Scenario } from '../src/store'
import {
  expectAccessible,
  fakeLibrary,
  fakeScenario,
  fakeStore,
  memoryStorage,
  playAt,
  preferReducedMotion,
  renderApp,
  renderDebrief,
} from './ui-fakes'

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

/** A crisis whose background, briefing and a profile's summary cite sources; the profile's is not the scenario's. */
function citingCrisis(): Scenario {
  const base = fakeScenario()
  return fakeScenario({
    background: 'Protests began over fuel prices [news-2022].\n\n- The treaty binds all [treaty]',
    questions: ['Was the unrest an armed attack in the sense of the treaty [treaty]?'],
    sources: [
      { id: 'treaty', title: 'The Collective Security Treaty', url: 'https://example.org/treaty' },
      { id: 'news-2022', title: 'Riots in Almaty', date: '5 January 2022' },
      { id: 'never-cited', title: 'A source no page text cites' },
    ],
    roles: base.roles.map((r) =>
      r.id === 'kazakhstan' ? { ...r, briefing: 'Your government is shaken [news-2022].' } : r,
    ),
    actors: {
      ...base.actors,
      kazakhstan: {
        ...base.actors['kazakhstan' as ActorId]!,
        summary: 'Astana guards its independence [profile-2021].',
        sources: [{ id: 'profile-2021', title: 'A profile of Kazakhstan' }],
      },
    } as Scenario['actors'],
  })
}

const store = (route: Route, language: 'en' | 'ru' = 'en') =>
  fakeStore({
    library: fakeLibrary([citingCrisis()]),
    route,
    ...(language === 'ru' ? { storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }) } : {}),
  })
const crisisPage = (language: 'en' | 'ru' = 'en') =>
  store({ name: 'scenario', scenario: 'test-crisis' }, language)
const briefing = () => store(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 42 }))
const debrief = () =>
  store(
    playAt('test-crisis', 'kazakhstan', 'debrief', {
      seed: 42,
      choices: ['request:internal-unrest:rapid-reaction:90'],
    }),
  )

/** Each entry of the page's source list as "number. title": the number is the list item's own. */
const entries = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => `${(li as HTMLLIElement).value}. ${li.textContent}`)

/**
 * Follows every marker on the page: each must move the focus to an entry of the list, under its own number, whose
 * "back to the text" control (the only one on the page) returns the focus to that marker.
 */
async function followEveryMarker(list: HTMLElement): Promise<string[]> {
  const followed: string[] = []
  for (const marker of screen.getAllByRole('button', { name: /^Source \d+$/ })) {
    await userEvent.click(marker)
    const entry = document.activeElement as HTMLLIElement
    expect(list).toContainElement(entry)
    expect(String(entry.value)).toBe(marker.textContent)
    const back = within(entry).getByRole('button', { name: 'Back to the text' })
    expect(screen.getAllByRole('button', { name: 'Back to the text' })).toEqual([back])
    followed.push(`${entry.value}. ${entry.textContent?.replace(back.textContent!, '').trim()}`)
    await userEvent.click(back)
    expect(document.activeElement).toBe(marker)
  }
  return followed
}

describe('citation markers', () => {
  it('on the crisis page lead to a list of the sources its text cites, numbered as in the debrief', async () => {
    await renderApp(await crisisPage())
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(entries(list)).toEqual([
      '1. The Collective Security Treaty (opens in a new tab)',
      '2. Riots in Almaty. 5 January 2022.',
      '4. A profile of Kazakhstan',
    ])
    const background = screen.getByRole('region', { name: 'Background' })
    await userEvent.click(within(background).getByRole('button', { name: 'Source 2' }))
    expect(document.activeElement).toHaveTextContent('Riots in Almaty')
    expect(await followEveryMarker(list)).toContain('4. A profile of Kazakhstan')
  })

  it('on the briefing lead to the same numbers', async () => {
    await renderApp(await briefing())
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(entries(list)).toEqual([
      '1. The Collective Security Treaty (opens in a new tab)',
      '2. Riots in Almaty. 5 January 2022.',
      '4. A profile of Kazakhstan',
    ])
    const mine = screen.getByRole('region', { name: 'Your private briefing' })
    expect(within(mine).getByRole('button', { name: 'Source 2' })).toHaveAttribute(
      'title',
      '2. Riots in Almaty, 5 January 2022',
    )
    await followEveryMarker(list)
  })

  it("in the debrief lead into its whole list, where a profile's source follows the scenario's own", async () => {
    await renderDebrief(await debrief())
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(entries(list)).toEqual([
      '1. The Collective Security Treaty (opens in a new tab)',
      '2. Riots in Almaty. 5 January 2022.',
      '3. A source no page text cites',
      '4. A profile of Kazakhstan',
    ])
    const actors = screen.getByRole('region', { name: 'What each actor wanted, and why it chose as it did' })
    await userEvent.click(within(actors).getByRole('button', { name: 'Source 4' }))
    expect(document.activeElement).toHaveTextContent('A profile of Kazakhstan')
    // A discussion question's marker too, where it used to show as "[treaty]".
    const discussion = await screen.findByRole('region', { name: 'Questions for discussion' })
    expect(discussion).not.toHaveTextContent('[treaty]')
    await userEvent.click(within(discussion).getByRole('button', { name: 'Source 1' }))
    expect(document.activeElement).toHaveTextContent('The Collective Security Treaty')
  })

  it("on every capital's page lead to the sources the briefings cite", async () => {
    await renderApp(
      await store(
        playAt('test-crisis', 'kazakhstan', 'capitals', {
          seed: 42,
          choices: ['request:internal-unrest:rapid-reaction:90'],
        }),
      ),
    )
    const list = screen.getByRole('region', { name: 'Sources' })
    expect(entries(list)).toEqual(['2. Riots in Almaty. 5 January 2022.'])
    expect(await followEveryMarker(list)).toEqual(['2. Riots in Almaty. 5 January 2022.'])
  })

  it('offer no way back from an entry the reader did not reach from a marker', async () => {
    await renderApp(await crisisPage())
    expect(screen.queryByRole('button', { name: 'Back to the text' })).toBeNull()
  })

  it('lead back by keyboard from the entry to the marker last followed, once', async () => {
    await renderApp(await crisisPage())
    const list = screen.getByRole('region', { name: 'Sources' })
    const background = screen.getByRole('region', { name: 'Background' })
    const first = within(background).getByRole('button', { name: 'Source 1' })
    const second = within(background).getByRole('button', { name: 'Source 2' })
    first.focus()
    await userEvent.keyboard('{Enter}')
    second.focus()
    await userEvent.keyboard('{Enter}')
    const entry = document.activeElement as HTMLLIElement
    expect(entry.value).toBe(2)
    // Only the entry last reached offers the way back, and it leads to the marker that led there.
    expect(within(list).getAllByRole('button', { name: 'Back to the text' })).toHaveLength(1)
    await userEvent.tab()
    expect(document.activeElement).toHaveAccessibleName('Back to the text')
    expect(entry).toContainElement(document.activeElement as HTMLElement)
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(second)
    expect(screen.queryByRole('button', { name: 'Back to the text' })).toBeNull()
  })

  it('lead back in Russian on a Russian page', async () => {
    await renderApp(await crisisPage('ru'))
    const list = await screen.findByRole('region', { name: 'Источники' })
    const marker = screen.getAllByRole('button', { name: 'Источник 2' })[0]!
    await userEvent.click(marker)
    await userEvent.click(within(list).getByRole('button', { name: 'Вернуться к тексту' }))
    expect(document.activeElement).toBe(marker)
  })

  it('are named in Russian on a Russian page', async () => {
    await renderApp(await crisisPage('ru'))
    const list = await screen.findByRole('region', { name: 'Источники' })
    await userEvent.click(screen.getAllByRole('button', { name: 'Источник 2' })[0]!)
    expect(list).toContainElement(document.activeElement as HTMLElement)
  })

  it('leave the crisis page accessible, with the way back offered', async () => {
    const { container } = await renderApp(await crisisPage())
    await userEvent.click(screen.getAllByRole('button', { name: 'Source 2' })[0]!)
    expect(screen.getByRole('button', { name: 'Back to the text' })).toBeInTheDocument()
    await expectAccessible(container)
  })
})
