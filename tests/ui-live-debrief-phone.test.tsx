// @vitest-environment jsdom
// The workshop's "What each table decided" on a phone: under 40rem each row is a block of values, each labelled with
// its column's name (drawn from `data-label`, not read twice), and the column headers stay in the accessibility tree
// though hidden from the eye, so nothing is cut at 360 px and a screen reader still reads a table. In both languages,
// with and without the column of injects.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { facilitatorBrief, facilitatorView, outcomeOf } from '../src/live'
import { lookupsOf } from '../src/scenario/bundled-translations'
import { facilitatorViewIn } from '../src/store'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { finished, JOIN_URL, panelsInEnglish, render } from './live-panels'
import { Driver } from './server-fakes'
import { submit } from './session-fakes'
import { russianPanels } from './ui-fakes'

panelsInEnglish()

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
  expect(table).toHaveClass('comparison', 'stacked')
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

  it('labels each value with its Russian column name', () => {
    renderRu(debriefOf(apart(), true))
    const headers = expectLabelledByItsColumn('Что решил каждый стол')
    expect(headers.slice(0, 3)).toEqual(['Стол', 'Обращение', 'Ответ'])
  })
})

describe("the phone's stacked rows in the style sheet", () => {
  const css = readFileSync(join(ROOT, 'src/ui/live/tables-debrief.css'), 'utf8')
  const phone = css.slice(css.indexOf('@media (max-width: 40rem)'))

  it('stacks each row under a phone breakpoint, and only there', () => {
    expect(css.indexOf('@media (max-width: 40rem)')).toBeGreaterThan(-1)
    expect(css.slice(0, css.indexOf('@media'))).not.toMatch(/\{/)
    expect(phone).toMatch(/\.tables-debrief \.comparison\.stacked tr \{[^}]*display: grid;/)
  })

  it('hides the column headers from the eye only, and draws the labels without reading them again', () => {
    const thead = phone.match(/\.comparison\.stacked thead \{([^}]*)\}/)![1]!
    expect(thead).toMatch(/clip-path: inset\(50%\)/)
    expect(thead).not.toMatch(/display: none|visibility: hidden/)
    expect(phone).toMatch(/content: attr\(data-label\) ": " \/ "";/)
  })
})
