// @vitest-environment jsdom
// The workshop's "What each table decided" on a phone: under 40rem each row is a block of values, each labelled with
// its column's name (drawn from `data-label`, not read twice), and the column headers stay in the accessibility tree
// though hidden from the eye, so nothing is cut at 360 px and a screen reader still reads a table. In both languages,
// with and without the column of injects. Wider than a phone, the tables stack where their columns overflow their
// box, and only there (use-stacked.ts; tests/e2e/workshop-debrief-widths.spec.ts measures it in Chromium).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { facilitatorBrief, facilitatorView, outcomeOf } from '../src/live'
import { lookupsOf } from '../src/scenario/bundled-translations'
import { facilitatorViewIn } from '../src/store'
import { PHONE } from '../src/ui/components/use-stacked'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { finished, JOIN_URL, panelsInEnglish, render } from './live-panels'
import { Driver } from './server-fakes'
import { submit } from './session-fakes'
import { russianPanels } from './ui-fakes'

panelsInEnglish()

/** A phone's width, as the browser's media query says it; the other queries answer as before (reduced motion). */
function onAPhone(): void {
  beforeEach(() => {
    const answer = window.matchMedia
    window.matchMedia = ((query: string) =>
      query === PHONE ? { ...answer(query), matches: true } : answer(query)) as typeof window.matchMedia
  })
}

const ROOT = resolve(import.meta.dirname, '..')
const PARALLEL = { format: { kind: 'parallel-whole' } } as const

/** Two tables: the first plays out in round 1, before an inject is released, so each lists its own injects. */
function apart() {
  const d = new Driver(PARALLEL)
  const [first, second] = ['North', 'South'].map((name) => d.join(name))
  d.facilitator({ kind: 'start' })
  expect(submit(d, first!, 'no-request').ok).toBe(true)
  expect(submit(d, second!, 'request:foreign-backed:peacekeepers:14').ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
  d.facilitator({ kind: 'finish' })
  return d
}

function debriefOf(d: Driver, translate = false) {
  const view = facilitatorView(d.session, JOIN_URL, outcomeOf, d.now)
  const { debrief, tables } = translate ? facilitatorViewIn(view, lookupsOf('kazakhstan-2022', 'ru')) : view
  if (!debrief) throw new Error('the session should be over')
  return <TablesDebrief debrief={debrief} tables={tables} scenario={facilitatorBrief(d.session).scenario} />
}

/** Every row of the choices' table, its header first, then each cell's label: the column header above it. */
function expectLabelledByItsColumn(region: string | RegExp): string[] {
  const table = within(screen.getByRole('region', { name: region })).getByRole('table')
  expect(table).toHaveClass('comparison', 'stackable', 'stacked')
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows.length).toBeGreaterThan(1)
  for (const row of rows) {
    expect(within(row).getAllByRole('rowheader')).toHaveLength(1)
    const labels = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.getAttribute('data-label'))
    expect(labels).toEqual(headers.slice(1))
  }
  return headers as string[]
}

describe('the tables on a phone, in English', () => {
  onAPhone()

  it("labels each value with its column's name, the headers kept for a screen reader", () => {
    render(
      debriefOf(
        finished(PARALLEL, [
          ['North', undefined],
          ['South', undefined],
        ]),
      ),
    )
    expect(expectLabelledByItsColumn('What each table decided')).toEqual([
      'Table',
      'The request',
      'The answer',
      'The Council',
      "Beijing's response",
      'The treaty',
      'On the ground',
    ])
  })

  it('labels the column of injects too, when each table lists its own', () => {
    render(debriefOf(apart()))
    expect(expectLabelledByItsColumn('What each table decided').at(-1)).toBe('Injects in play')
  })
})

describe('the tables on a phone, in Russian', () => {
  const renderRu = russianPanels()
  onAPhone()

  it('labels each value with its Russian column name', () => {
    renderRu(debriefOf(apart(), true))
    const headers = expectLabelledByItsColumn('Что решил каждый стол')
    expect(headers.slice(0, 3)).toEqual(['Стол', 'Обращение', 'Ответ'])
  })
})

describe("the phone's stacked rows in the style sheet", () => {
  const sheet = (path: string) => readFileSync(join(ROOT, path), 'utf8')
  const css = sheet('src/ui/components/comparison-table.css')
  const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector!.replace(/\/\*[\s\S]*?\*\//g, '').trim(),
    body: body!,
  }))
  const stackedRule = (selector: string) => rules.find((r) => r.selector === selector)?.body ?? ''

  it('stacks each row where the table is stacked, and only there', () => {
    // The class that stacks it is set on a phone (use-stacked.ts), as the breakpoint said before, or where the
    // columns overflow; every rule that moves a cell is under it, and no other style sheet stacks a table.
    expect(PHONE).toBe('(max-width: 40rem)')
    expect(stackedRule('.comparison.stacked tr')).toMatch(/display: grid;/)
    for (const rule of rules.filter((r) => /display|position|clip-path|content:/.test(r.body)))
      expect(rule.selector).toMatch(/^\.comparison\.stacked /)
    for (const path of [
      'src/ui/components/history-comparison.css',
      'src/ui/live/live-projector.css',
      'src/ui/live/live-dashboard.css',
    ])
      expect(sheet(path), path).not.toMatch(/\.stacked/)
  })

  it('hides the column headers from the eye only, and draws the labels without reading them again', () => {
    const thead = stackedRule('.comparison.stacked thead')
    expect(thead).toMatch(/clip-path: inset\(50%\)/)
    expect(thead).not.toMatch(/display: none|visibility: hidden/)
    expect(stackedRule('.comparison.stacked td::before')).toMatch(/content: attr\(data-label\) ": " \/ "";/)
  })
})

/** A box `width` pixels wide, whose table needs `needed` side by side and fits it stacked; resized as a browser does. */
function boxes(needed: number) {
  let width = 0
  const observers = new Set<() => void>()
  const saved = { ResizeObserver: globalThis.ResizeObserver, clientWidth: {}, scrollWidth: {} }
  beforeEach(() => {
    saved.ResizeObserver = globalThis.ResizeObserver
    saved.clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!
    saved.scrollWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth')!
    globalThis.ResizeObserver = class {
      constructor(private readonly changed: () => void) {}
      observe() {
        observers.add(this.changed)
      }
      disconnect() {
        observers.delete(this.changed)
      }
      unobserve() {}
    } as unknown as typeof ResizeObserver
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('table-scroll') ? width : 0
      },
    })
    Object.defineProperty(Element.prototype, 'scrollWidth', {
      configurable: true,
      get(this: Element) {
        if (!this.classList.contains('table-scroll')) return 0
        return this.querySelector('table.stacked') ? width : Math.max(width, needed)
      },
    })
  })
  afterEach(() => {
    globalThis.ResizeObserver = saved.ResizeObserver
    Object.defineProperty(Element.prototype, 'clientWidth', saved.clientWidth)
    Object.defineProperty(Element.prototype, 'scrollWidth', saved.scrollWidth)
  })
  return {
    at(pixels: number) {
      width = pixels
    },
    resize(pixels: number) {
      width = pixels
      act(() => {
        for (const changed of [...observers]) changed()
      })
    },
  }
}

describe('the tables between a phone and a desktop', () => {
  const box = boxes(1081)
  const decided = () =>
    within(screen.getByRole('region', { name: 'What each table decided' })).getByRole('table')
  const two = () =>
    finished(PARALLEL, [
      ['North', undefined],
      ['South', undefined],
    ])

  it('stack where their columns overflow the box, and go back side by side once it is as wide as they needed', () => {
    box.at(768)
    render(debriefOf(two()))
    expect(decided()).toHaveClass('stacked')
    expectLabelledByItsColumn('What each table decided')
    box.resize(1000)
    expect(decided()).toHaveClass('stacked')
    box.resize(1081)
    expect(decided()).not.toHaveClass('stacked')
    box.resize(1080)
    expect(decided()).toHaveClass('stacked')
  })

  it('stay side by side where the columns fit', () => {
    box.at(1200)
    render(debriefOf(two()))
    expect(decided()).not.toHaveClass('stacked')
    expect(decided()).toHaveClass('comparison', 'stackable')
  })

  it("stack who gained too, each figure labelled with its table's name", () => {
    box.at(640)
    render(debriefOf(two()))
    const gained = within(
      screen.getByRole('region', { name: "Who gained against the engine's game" }),
    ).getByRole('table')
    expect(gained).toHaveClass('stacked')
    const labels = within(gained)
      .getAllByRole('cell')
      .map((cell) => cell.getAttribute('data-label'))
    expect(new Set(labels)).toEqual(new Set(['Table 1', 'Table 2']))
  })
})
