// Citation markers: the parser the loader and the UI share, and the loader's refusal of a marker that names no source.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { citedIds, loadCatalog, loadScenario, sourceNumber, splitCitations } from '../src/scenario'
import { fakeCatalog, fakeProfileText, fakeScenarioData } from './fakes'

describe('citation markers', () => {
  it('cut text into plain runs and markers, in order', () => {
    expect(
      splitCitations('Moscow said no [tynan-2010]. Later [freriks-2022; beliakova-2022] agreed.'),
    ).toEqual([
      { kind: 'text', text: 'Moscow said no ' },
      { kind: 'cite', ids: ['tynan-2010'] },
      { kind: 'text', text: '. Later ' },
      { kind: 'cite', ids: ['freriks-2022', 'beliakova-2022'] },
      { kind: 'text', text: ' agreed.' },
    ])
  })

  it('leave brackets that hold anything but source ids as ordinary text', () => {
    const text =
      'He said [sic] that [The Treaty] and [a, b] stand; [] too, and [x](javascript:alert) is a link.'
    expect(citedIds(text)).toEqual(['sic'])
    expect(splitCitations('[The Treaty] [a, b] []')).toEqual([
      { kind: 'text', text: '[The Treaty] [a, b] []' },
    ])
  })

  it('list each cited source once, in the order first cited', () => {
    expect(citedIds('[b-2] x [a-1; b-2] y [c-3]')).toEqual(['b-2', 'a-1', 'c-3'])
  })

  it('number a source by its place in the list, from 1', () => {
    const sources = [{ id: 'a-1' }, { id: 'b-2' }]
    expect(sourceNumber(sources, 'b-2')).toBe(2)
    expect(sourceNumber(sources, 'z-9')).toBeUndefined()
  })
})

describe('the loader', () => {
  const load = (over: Record<string, unknown>) =>
    loadScenario(stringify(fakeScenarioData(over)), 'crisis.yaml', fakeCatalog())

  it('accepts a marker that names a listed source, in any text a player reads', () => {
    const r = load({
      background: 'Protests over fuel prices [beliakova-2022].',
      sources: [
        {
          id: 'beliakova-2022',
          title: 'How a Russian-Led Alliance Keeps a Lid on Central Asia',
          date: '2022',
        },
      ],
    })
    expect(r.ok).toBe(true)
  })

  it('refuses a marker that names no source, at its field and line', () => {
    const text = stringify(fakeScenarioData({ background: 'Protests over fuel prices [nowhere-2030].' }))
    const r = loadScenario(text, 'crisis.yaml', fakeCatalog())
    expect(r.ok).toBe(false)
    if (r.ok) return
    const line = text.split('\n').findIndex((l) => l.startsWith('background:')) + 1
    expect(r.problems).toContainEqual({
      code: 'unknown-citation',
      params: { id: 'nowhere-2030' },
      file: 'crisis.yaml',
      line,
      column: expect.any(Number),
      path: 'background',
      message: 'cites [nowhere-2030], but no source has the id "nowhere-2030"',
    })
  })

  it('checks the markers of briefings, questions and the history too', () => {
    const r = load({
      roles: [
        { id: 'government', actor: 'kazakhstan', title: 'The government', briefing: 'You govern [a-1].' },
        { id: 'russia', actor: 'russia', title: 'The Kremlin', briefing: 'You lead.' },
      ],
      questions: ['Why [b-2]?'],
      history: { requested: false, response: 'no-request', china: 'silent', summary: 'Nothing [c-3].' },
    } as never)
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual([
      'roles.0.briefing',
      'questions.0',
      'history.summary',
    ])
  })

  it('refuses an actor profile whose summary or record cites a source it does not list', () => {
    const profile = (summary: string, record: string) =>
      fakeProfileText(summary, record, ['{id: listed-2010, title: A source, date: June 2010}'])
    expect(
      loadCatalog([{ name: 'ok.yaml', text: profile('The leader [listed-2010].', 'Said no [listed-2010].') }])
        .ok,
    ).toBe(true)
    const r = loadCatalog([
      { name: 'bad.yaml', text: profile('The leader [gone-1999].', 'Said no [gone-2000].') },
    ])
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.line])).toEqual([
      ['summary', 4],
      ['record.0.text', 7],
    ])
  })
})
