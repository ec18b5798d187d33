// Every list of scenarios a user sees follows one order: history as it happened, oldest crisis first, the id
// breaking a tie; the library's own scenarios keep their place after the bundled ones, in the same order.
import { describe, expect, it } from 'vitest'
import { compareCases } from '../src/engine'
import {
  importedScenarios,
  inLibraryOrder,
  type LibraryEntry,
  type LibraryState,
  libraryCards,
  loadedScenarios,
  startingPoints,
} from '../src/store'
import { loadBundledLibrary } from '../src/store/bundled-kit'
import { previewOf } from '../src/store/scenario-preview'

type Listed =
  | { readonly id: string }
  | { readonly ok: true; readonly scenario: { readonly id: string } }
  | { readonly ok: false; readonly file: string }
const idsOf = (list: readonly Listed[]) =>
  list.map((e) => ('ok' in e ? (e.ok ? e.scenario.id : e.file) : e.id))

async function library(): Promise<{ readonly state: LibraryState; readonly bundled: LibraryEntry[] }> {
  // Read backwards, so no test can pass on the order the files come in.
  const bundled = [...(await loadBundledLibrary())].reverse()
  const first = bundled.find((e) => e.ok)
  if (!first?.ok) throw new Error('no bundled scenario')
  const own = (id: string, start: string): LibraryEntry => ({
    ok: true,
    imported: true,
    scenario: { ...first.scenario, id, dates: { ...first.scenario.dates, start } },
  })
  const imported: LibraryEntry[] = [
    own('zeta-crisis', '2011-05-01'),
    own('alpha-crisis', '2011-05-01'),
    own('our-crisis', '1999-12-31'),
    { ok: false, imported: true, file: 'broken.yaml', problems: [] },
  ]
  return { state: { status: 'ready', entries: [...bundled, ...imported] }, bundled }
}

const HISTORY = [
  'kyrgyzstan-april-2010',
  'kyrgyzstan-2010',
  'belarus-2020',
  'armenia-2020',
  'kyrgyzstan-tajikistan-2021',
  'kazakhstan-2022',
  'armenia-2022',
  'kazakhstan-unrest-2026',
  'tajikistan-border-2027',
  'ferghana-water-2027',
]

describe('the order of the scenarios', () => {
  it('lists the bundled crises oldest first, Kyrgyzstan in April 2010 before June', async () => {
    const { state } = await library()
    const cards = libraryCards(state, null)
    expect(idsOf(cards.bundled ?? [])).toEqual(HISTORY)
  })

  it("keeps this browser's own after the bundled ones, in the same order, a tie by id and a broken file last", async () => {
    const { state } = await library()
    expect(idsOf(libraryCards(state, null).imported ?? [])).toEqual([
      'our-crisis',
      'alpha-crisis',
      'zeta-crisis',
      'broken.yaml',
    ])
    expect(idsOf(importedScenarios(state))).toEqual(['our-crisis', 'alpha-crisis', 'zeta-crisis'])
    expect(idsOf(loadedScenarios(state))).toEqual([...HISTORY, 'our-crisis', 'alpha-crisis', 'zeta-crisis'])
  })

  it('orders the first cards, before the library has come, as the library does', async () => {
    const { bundled } = await library()
    const preview = bundled.flatMap((e) =>
      e.ok ? [{ ok: true as const, scenario: previewOf(e.scenario) }] : [],
    )
    expect(idsOf(libraryCards({ status: 'loading' }, preview).bundled ?? [])).toEqual(HISTORY)
  })

  it("offers the workshop's starting points in the same order, by their titles", async () => {
    const { state } = await library()
    const points = startingPoints(state)
    expect(idsOf(points)).toEqual(HISTORY)
    expect(points[0]?.title).toMatch(/April 2010/)
  })

  it("puts a workshop server's list in the library's order, any scenario the library lacks last", async () => {
    const { state } = await library()
    const listed = [...HISTORY, 'from-the-server'].sort().map((id) => ({ id, title: id }))
    expect(idsOf(inLibraryOrder(listed, state))).toEqual([...HISTORY, 'from-the-server'])
  })

  it('agrees with the compare page, which lists the historical cases with a record', async () => {
    const { state } = await library()
    const cases = compareCases(loadedScenarios(state).filter((s) => !s.id.endsWith('-crisis')))
    const historical = loadedScenarios(state).filter((s) => cases.some((c) => c.scenario.id === s.id))
    expect(cases.map((c) => c.scenario.id)).toEqual(historical.map((s) => s.id))
    expect(cases.length).toBeGreaterThan(1)
  })
})
