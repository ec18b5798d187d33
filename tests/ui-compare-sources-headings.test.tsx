// @vitest-environment jsdom
// The sources under each case compared: headings of the page's second level, right under its title, each named
// for its case so a list of headings tells the seven apart, while the eye still reads "Sources".
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Scenario } from '../src/scenario'
import { LANGUAGE_KEY } from '../src/store'
import { bundledScenarios } from './bundled-scenarios'
import { fakeLibrary, fakeStore, memoryStorage, preferReducedMotion, renderApp } from './ui-fakes'

const bundled: readonly Scenario[] = bundledScenarios()

beforeEach(() => preferReducedMotion())
afterEach(cleanup)

const compare = (language: 'en' | 'ru') =>
  fakeStore({
    library: fakeLibrary(bundled),
    storage: memoryStorage({ [LANGUAGE_KEY]: language }),
    route: { name: 'compare' },
  })

describe("the cases' sources", { timeout: 60_000 }, () => {
  it('are second-level headings named for their case, and the region of each takes that name', async () => {
    await renderApp(await compare('en'))
    const table = await screen.findByRole('table', {}, { timeout: 30_000 })
    const headings = within(table).getAllByRole('heading')
    expect(headings.length).toBeGreaterThanOrEqual(7)
    for (const h of headings) {
      expect(h.tagName).toBe('H2')
      expect(h).toHaveTextContent(/^Sources$/)
    }
    const kazakhstan = within(table).getByRole('heading', {
      level: 2,
      name: 'Sources: Kazakhstan, January 2022',
    })
    expect(kazakhstan.closest('tr')).toHaveAttribute('data-case', 'kazakhstan-2022')
    expect(within(table).getByRole('region', { name: 'Sources: Kazakhstan, January 2022' })).toContainElement(
      kazakhstan,
    )
    // Each name is its own: no two cases' lists are read alike.
    const names = headings.map((h) => h.getAttribute('aria-label'))
    expect(new Set(names).size).toBe(headings.length)
    // Nothing on the page skips from its title to a third level.
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([])
  })

  it('are named in Russian on the Russian page', async () => {
    await renderApp(await compare('ru'))
    const table = await screen.findByRole('table', {}, { timeout: 30_000 })
    const kazakhstan = within(table)
      .getAllByRole('heading', { level: 2 })
      .find((h) => h.closest('tr')?.getAttribute('data-case') === 'kazakhstan-2022')!
    expect(kazakhstan).toHaveTextContent(/^Источники$/)
    // The case's title as its row shows it (this fake library holds the English files only).
    const title = kazakhstan.closest('tr')!.querySelector('th a')!.textContent
    expect(kazakhstan).toHaveAccessibleName(`Источники: ${title}`)
  })
})
