// @vitest-environment jsdom
// The debrief's comparison says which injects each table played under: injects go to the whole session, but a
// table that had played out before one was released finished without it, so two tables can end apart for it.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { facilitatorBrief, facilitatorView, outcomeOf } from '../src/live'
import { lookupsOf } from '../src/scenario/bundled-translations'
import { facilitatorViewIn } from '../src/store'
import { TablesDebrief } from '../src/ui/live/tables-debrief'
import { JOIN_URL, panelsInEnglish, render } from './live-panels'
import { Driver } from './server-fakes'
import { submit } from './session-fakes'
import { expectAccessible, russianPanels } from './ui-fakes'

panelsInEnglish()

const ARRESTED = 'The head of the security service is arrested for treason'
const MORGUES = 'Officials say militants stole bodies from morgues'

/** Two tables, each a team's: the first asks for nothing and plays out in round 1, before the arrest is released. */
function apart(names: readonly [string, string] = ['North', 'South']) {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const [first, second] = names.map((name) => d.join(name))
  d.facilitator({ kind: 'start' })
  expect(submit(d, first!, 'no-request').ok).toBe(true)
  expect(submit(d, second!, 'request:foreign-backed:peacekeepers:14').ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
  d.facilitator({ kind: 'finish' })
  return d
}

/** Two tables that both played on after the claims about the morgues (in the lobby) and the arrest (round 1). */
function together() {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  d.join('North')
  d.join('South')
  d.facilitator({ kind: 'release', inject: 'morgue-claims' })
  d.facilitator({ kind: 'start' })
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

const choices = () => screen.getByRole('region', { name: 'What each table decided' })
const row = (name: RegExp) => within(choices()).getByRole('row', { name })
const lastCell = (r: HTMLElement) => within(r).getAllByRole('cell').at(-1)!

describe("the debrief's injects", () => {
  it('lists beside each table the injects it played under, when the tables played under different ones', () => {
    render(debriefOf(apart()))
    expect(within(choices()).getAllByRole('columnheader').at(-1)).toHaveTextContent('Injects in play')
    expect(choices()).toHaveTextContent('The tables did not all play under the same injects')
    expect(lastCell(row(/Table 1: North/))).toHaveTextContent(/^None$/)
    expect(
      within(lastCell(row(/Table 2: South/)))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${ARRESTED} (released in round 2)`])
    expect(lastCell(row(/What really happened/))).toHaveTextContent(/^—$/)
  })

  it('says once, above the comparison, which injects every table played under when they are the same', () => {
    render(debriefOf(together()))
    const note = within(choices()).getByText('Every table played under the same injects:').parentElement!
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${MORGUES} (released before the first round)`, `${ARRESTED} (released in round 1)`])
    expect(within(choices()).queryByRole('columnheader', { name: 'Injects in play' })).toBeNull()
    expect(within(row(/Table 1: North/)).getAllByRole('cell')).toHaveLength(6)
  })

  it('says nothing of injects when none was released', () => {
    const d = new Driver({ format: { kind: 'parallel-whole' } })
    d.join('North')
    d.join('South')
    d.facilitator({ kind: 'start' })
    d.facilitator({ kind: 'finish' })
    render(debriefOf(d))
    expect(choices()).not.toHaveTextContent(/inject/i)
    expect(within(choices()).getAllByRole('columnheader')).toHaveLength(7)
  })

  it('is accessible', async () => {
    await expectAccessible(render(debriefOf(apart())).container)
  })

  describe('in Russian', () => {
    const renderRu = russianPanels()
    const russianChoices = () => screen.getByRole('region', { name: 'Что решил каждый стол' })

    it("names each table's injects in Russian, with the round each came in", () => {
      renderRu(debriefOf(apart(['Север', 'Юг']), true))
      const region = russianChoices()
      expect(within(region).getAllByRole('columnheader').at(-1)).toHaveTextContent('Действующие вводные')
      expect(region).toHaveTextContent('Не все столы играли с одними и теми же вводными ведущего')
      const cells = (name: RegExp) => within(within(region).getByRole('row', { name })).getAllByRole('cell')
      expect(cells(/Стол 1: Север/).at(-1)).toHaveTextContent(/^Нет$/)
      expect(cells(/Стол 2: Юг/).at(-1)).toHaveTextContent(
        /^Глава службы безопасности арестован по обвинению в госизмене \(объявлена в раунде 2\)$/,
      )
    })

    it('says once in Russian which injects every table shared', () => {
      renderRu(debriefOf(together(), true))
      const note = within(russianChoices()).getByText(
        'Все столы играли с одними и теми же вводными ведущего:',
      ).parentElement!
      expect(
        within(note)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        'Власти заявляют, что боевики похищали тела из моргов (объявлена до начала игры)',
        'Глава службы безопасности арестован по обвинению в госизмене (объявлена в раунде 1)',
      ])
    })
  })
})
